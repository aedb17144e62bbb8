package classify

// Unsettled internal news (issue 7, section 4): a matter of the
// association told with an uncertainty (« pourrait », « toujours pas »,
// « en retard », « dépasse le budget »), a rumour about it, or damage done
// to its places. None of it is public yet: doubt, so that a volunteer
// checks before it leaves the association.

func (a *analysis) findUnsettledNews(cs cueSet) {
	matter := cs.has(cueOurMatter) || a.has(cOrg|cFunding|cBoard|cActivity)
	change := a.has(cChange|cTrouble|cFall) || a.negated()
	uncertain := (cs.has(cueUncertain) || cs.has(cueModal) && change && !cs.has(cueCondition)) && matter
	rumour := cs.has(cueRumour) && (change || cs.has(cueUncertain))
	incident := cs.has(cuePremises) && (cs.has(cueIncident) || cs.has(cueDamageNoun, cueDiscovered))
	if !uncertain && !rumour && !incident {
		return
	}
	if a.has(cWeather) || a.isPublished() && !a.notYet() || cs.has(cueGoodNews) || a.startsGeneric() ||
		a.addressesPublic() && !incident {
		return // « reporté à cause de la pluie », « vous pourriez gagner », « Atelier … »: announced, not internal
	}
	kind := "internal"
	if incident {
		kind = "vague"
	}
	a.add(kind, Personal, Doubt, 0, len(a.s.toks), grayReason(kind))
}

// notYet: « pas encore », "not yet": a published-looking word (« pas
// encore de date de mise en ligne ») tells what is still to come.
func (a *analysis) notYet() bool {
	toks := a.s.toks
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].norm == "pas" || toks[i].norm == "not") && (toks[i+1].norm == "encore" || toks[i+1].norm == "yet") {
			return true
		}
	}
	return false
}

// negated: a negation in the sentence (« ne … plus », "no longer").
func (a *analysis) negated() bool {
	for _, t := range a.s.toks {
		switch t.norm {
		case "ne", "n", "plus", "pas", "not", "no", "never", "jamais":
			return true
		case "t":
			if t.sep == '\'' {
				return true // "won't", "isn't"
			}
		}
	}
	return false
}
