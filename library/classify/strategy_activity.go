package classify

// mergesActivities: a merger word followed, within four words, by an
// activity of the association (« fusion des deux ateliers », "merging our
// two Saturday sessions"): a timetable change, not a merger — unless
// another body takes part (« rapprochement avec la MJC de nos ateliers »).
func (a *analysis) mergesActivities(j int) bool {
	toks := a.s.Toks
	for _, t := range toks {
		if t.Norm == "avec" || t.Norm == "with" || t.IsAny(cOrg, cKnownBodies, cPublicBody) {
			return false // another party: « discussion avec la MJC sur un rapprochement »
		}
	}
	for k := j; k < min(len(toks), j+4); k++ {
		if toks[k].Is(cMergedActivity) {
			return true
		}
		if isClauseSep(toks[k].Sep) && k > j {
			return false
		}
	}
	return false
}

// credentialNamed: the confidential word names a credential (« votre code
// confidentiel vous sera envoyé »): the credential rules judge whether its
// value is given.
func (a *analysis) credentialNamed(i int) bool {
	return i > 0 && a.s.Toks[i-1].Is(cCodeWord)
}
