package classify

import "tamis/library/classify/lexicon"

// An incident told in the past tense (issue 7, section 4, the gray zone):
// « Des graffitis ont été faits sur la porte du local », « deux vélos ont
// été volés », « deux ados ont été recadrés par l'animateur », "the shed
// was broken into", "the minibus got damaged". The tense says it happened, as a past
// time does (gray_incident.go): an incident of the association, a doubt.
// A notice (« les vélos volés sont rendus samedi »), advice (« en cas de
// vol ») and an incident denied carry no auxiliary of the past, or are
// announced, and pass.

var (
	pastAuxiliaries = lexicon.Words(lexicon.Data, "past_auxiliaries") // ont été, was, got: the past beside an incident word
	avoirForms      = lexicon.Words(lexicon.Data, "avoir_forms")      // before « été », the participle and not the summer
)

// findDamageDone reports damage or a reprimand told in the past tense
// (« deux vélos ont été volés », "the shed was broken into").
func (a *analysis) findDamageDone() {
	if !a.sentencePending().has(pendDamageDone) || a.incidentAnnounced() {
		return
	}
	if _, ok := a.firstPending(pendDamageDone, func(h hit) bool { return a.toldInPast(h.i) }); ok {
		a.add(ruleVague, 0, len(a.s.Toks))
	}
}

// toldInPast: an auxiliary of the past within two words before the
// incident word at i (« ont été volés », "was vandalised") or three
// after it (« des graffitis ont été faits »), in the same clause.
func (a *analysis) toldInPast(i int) bool {
	toks := a.s.Toks
	for k := i - 1; k >= max(0, i-2) && !opensClause(toks[k+1]); k-- {
		if a.pastAuxiliary(k) {
			return true
		}
	}
	for k := i + 1; k < min(len(toks), i+4) && !opensClause(toks[k]); k++ {
		if a.pastAuxiliary(k) {
			return true
		}
	}
	return false
}

// pastAuxiliary: token k is an auxiliary of the past; « été » only after
// a form of « avoir » (« cet été » is the summer).
func (a *analysis) pastAuxiliary(k int) bool {
	toks := a.s.Toks
	if toks[k].Norm == "ete" {
		return k > 0 && avoirForms[toks[k-1].Norm]
	}
	return pastAuxiliaries[toks[k].Norm]
}
