package classify

import "tamis/library/classify/lexicon"

// « Explique le secret professionnel partagé en travail social », "What
// does professional secrecy mean for volunteers?": the duty of secrecy
// that the law sets is a notion a volunteer asks about, no secret the
// association keeps. « secret » then names no confidential matter; a
// name or the association's own voice near it still keeps it one
// (publicTopic's guards come before).

// secrecyDuties are the words that make « secret » a duty set by law
// (data/words/secrecy_duties.txt).
var secrecyDuties = lexicon.Words(lexicon.Data, "secrecy_duties")

// secrecyDuty: the confidential term at [i, j) is « secret » followed by
// a duty's word (« secret professionnel », « secret de l'instruction »),
// or a duty's word before "secrecy" ("professional secrecy").
func (a *analysis) secrecyDuty(i, j int) bool {
	toks := a.s.Toks
	if j-i != 1 || toks[i].Norm != "secret" {
		return false
	}
	for k := j; k < min(len(toks), j+3); k++ { // « secret de l'instruction »: past « de », « l' »
		if secrecyDuties[toks[k].Norm] {
			return true
		}
		if n := toks[k].Norm; n != "de" && n != "l" && n != "des" && n != "du" {
			return false
		}
	}
	return false
}

// secretThings are the words beside « secret » that make it a thing's
// quality (data/words/secret_things.txt).
var secretThings = lexicon.Words(lexicon.Data, "secret_things")

// secretThing: the confidential term at [i, j) is « secret » said of a
// ballot, a gift or a game (« à bulletin secret », « un cadeau secret »,
// "Secret Santa"): no matter the association keeps.
func (a *analysis) secretThing(i, j int) bool {
	toks := a.s.Toks
	if j-i != 1 || toks[i].Norm != "secret" && toks[i].Norm != "secrete" && toks[i].Norm != "secrets" {
		return false
	}
	return i > 0 && secretThings[toks[i-1].Norm] && !isClauseSep(toks[i].Sep) ||
		j < len(toks) && secretThings[toks[j].Norm] && !isClauseSep(toks[j].Sep) ||
		j == len(toks) && i > 1 && secretCopulas[toks[i-1].Norm] && secretThings[toks[i-2].Norm] && !isClauseSep(toks[i].Sep) && !isClauseSep(toks[i-1].Sep) && a.wholeValue() && !a.hasAny(cBoard) && a.dictHits&(1<<dGray) == 0 // « … et le vote reste secret. », the value's last words, not the board's vote
}
