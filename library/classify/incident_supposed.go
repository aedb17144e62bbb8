package classify

import "tamis/library/classify/lexicon"

// An incident supposed is advice, not news (the gray zone's vague
// matters): « Que faire en cas de dégât des eaux dans un local loué ? »,
// « En cas d'inondation, coupez l'électricité », "Checklist for
// volunteers: what to do after an accident", « Que faire si le local
// associatif est cambriolé ? ». The incident stands after « en cas
// de », "in case of", "in the event of", or, in a question on how to
// act, after an indefinite article or in a clause « si », "if". An
// incident told with its day, or as happening again (« après le
// cambriolage de mardi », « en cas de nouvelle inondation comme samedi
// dernier », "another break-in"), keeps its doubt.

// againWords tell that the incident has happened before (data/words/again_words.txt).
var againWords = lexicon.Words(lexicon.Data, "again_words")

// incidentSupposed: the vague term at i is an incident supposed.
func (a *analysis) incidentSupposed(i int) bool {
	toks := a.s.Toks
	if a.has(cPastTime) || a.anyWordIn(againWords) {
		return false // « En cas de nouvelle inondation comme samedi dernier… », "another break-in like last night's"
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if n := toks[k].Norm; (n == "cas" || n == "case" || n == "event") && k > 0 && (toks[k-1].Norm == "en" || toks[k-1].Norm == "in" || toks[k-1].Norm == "the") {
			return true // « en cas de », "in case of", "in the event of"
		}
	}
	if !a.asksProcedure() {
		return false
	}
	if isIndefinite(toks[i].Norm) || i > 0 && isIndefinite(toks[i-1].Norm) {
		return true // « après un incident », the article in the term or before it
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if isClauseSep(toks[k+1].Sep) {
			return false
		}
		if n := toks[k].Norm; n == "si" || n == "if" {
			return true // « Que faire si le local est cambriolé ? »
		}
	}
	return false
}

// incidentCueSupposed: every incident or damage cue of the sentence
// (data/cues/incident.txt, damage_noun.txt) is an incident supposed
// (« Quelles démarches après un cambriolage dans un local associatif ? »).
func (a *analysis) incidentCueSupposed() bool {
	found := false
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueIncident) && h.val != int(cueDamageNoun) {
			continue
		}
		if !a.incidentSupposed(h.i) {
			return false
		}
		found = true
	}
	return found
}
