package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Unsettled internal news (issue 7, section 4): a matter of the
// association told with an uncertainty (« pourrait », « toujours pas »,
// « en retard », « dépasse le budget »), a rumour about it, or damage done
// to its places. None of it is public yet: doubt, so that a volunteer
// checks before it leaves the association.

func (a *analysis) findUnsettledNews(cs cueSet) {
	matter := cs.has(cueOurMatter) || a.hasAny(cOrg, cFunding, cBoard, cActivity)
	uncertain := (cs.has(cueUncertain) || cs.has(cueModal) && a.changeAfterModal() && !cs.has(cueCondition)) && matter
	// a change (or a negation) is read only for a rumour: most sentences have none
	// or a rumour about something of ours (« un bruit court sur la vente de notre salle »)
	rumour := cs.has(cueRumour) && (cs.has(cueUncertain) || a.hasAny(cChange, cTrouble, cFall) || a.negated() || a.aboutOurs())
	incident := cs.has(cuePremises) && (cs.has(cueIncident) || cs.has(cueDamageNoun, cueDiscovered)) && !a.incidentCueSupposed() // incident_supposed.go
	unsaid := cs.has(cueUnofficial) || cs.has(cueAllusion)                                                                       // internal by what the sentence says of itself
	if !uncertain && !rumour && !incident && !unsaid {
		return
	}
	if a.has(cWeather) || a.isPublished() && !a.notYet() && !unsaid || cs.has(cueGoodNews) || a.startsGeneric() ||
		a.addressesPublic() && !incident && !cs.has(cueAllusion) {
		return // « reporté à cause de la pluie », « vous pourriez gagner », « Atelier … »: announced, not internal
	}
	r := ruleInternal
	if incident {
		r = ruleVague
	}
	a.add(r, 0, len(a.s.Toks))
}

// notYet: « pas encore », "not yet": a published-looking word (« pas
// encore de date de mise en ligne ») tells what is still to come.
func (a *analysis) notYet() bool {
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if (toks[i].Norm == "pas" || toks[i].Norm == "not") && (toks[i+1].Norm == "encore" || toks[i+1].Norm == "yet") {
			return true
		}
	}
	return false
}

// negated: a negation in the sentence (« ne … plus », "no longer").
func (a *analysis) negated() bool {
	for _, t := range a.s.Toks {
		if isNegation(t) {
			return true // « ne … plus », "won't"
		}
	}
	return false
}

// changeAfterModal: a change or a negation follows a conditional closely
// (« pourrait être supprimée », « ne nous prêtera peut-être plus »), not
// elsewhere in the sentence (« à partir de … que pourraient se poser »).
func (a *analysis) changeAfterModal() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueModal) {
			continue
		}
		for k := max(0, h.i-3); k < min(len(toks), h.j+4); k++ {
			if toks[k].IsAny(cChange, cTrouble, cFall) || k >= h.j && isNegation(toks[k]) || k < h.i && isNegation(toks[k]) {
				return true
			}
		}
	}
	return false
}

func isNegation(t text.Token) bool {
	switch t.Norm {
	case "ne", "n", "plus", "pas", "not", "no", "never", "jamais":
		return true
	case "t":
		return t.Sep == '\''
	}
	return false
}

// ourPossessives: « notre », « nos », "our" (our_possessives.txt).
var ourPossessives = lexicon.Words(lexicon.Data, "our_possessives")

// aboutOurs: the sentence names something of the association with a
// possessive (« notre salle », "our grant").
func (a *analysis) aboutOurs() bool {
	for _, t := range a.s.Toks {
		if ourPossessives[t.Norm] {
			return true
		}
	}
	return false
}
