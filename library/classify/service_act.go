package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A role and the place it serves, then a service it gives the public
// (« Le gardien du stade ouvre les vestiaires à 8 h 30 le dimanche »,
// « Le kiné du quartier propose des séances collectives de gym douce »,
// "The caretaker of the village hall opens it at 6 on Fridays"): the
// role and its place single out one person, but what the sentence tells
// is the service's offer and hours, posted on the door, not that
// person's life. Only one sentence, its subject the role, the verb right
// after the role's place, and nothing else of anyone: no pronoun, no
// possessive, no second person, no relative clause, no second clause
// (« …, il boit beaucoup »).

// serviceActs are the verbs of a service given to the public
// (data/words/service_acts.txt).
var serviceActs = lexicon.Words(lexicon.Data, "service_acts")

// serviceHolders are the roles and trades that give a service: a
// neighbour opens no hall to the public, and an office of the
// association is a member (data/words/service_holders.txt,
// data/words/trade_nouns.txt).
var serviceHolders = lexicon.Words(lexicon.Data, "service_holders", "trade_nouns")

// maxRoleWords bounds the role and its place before the verb: « la
// directrice de l'école primaire Jules-Ferry ».
const maxRoleWords = 8

// serviceAct: the role or trade anchored at first opens the sentence and gives a
// service to the public, and the sentence says nothing else of anyone.
func (a *analysis) serviceAct(first int) bool {
	toks := a.s.Toks
	if !a.wholeValue() || first > 1 || len(a.names) > 0 {
		return false
	}
	if !serviceHolders[toks[first].Norm] && !(first+1 < len(toks) && serviceHolders[toks[first+1].Norm]) {
		return false // the anchor may be the article before the role
	}
	v := -1
	for k := first + 1; k < min(len(toks), first+maxRoleWords); k++ {
		if isClauseSep(toks[k].Sep) {
			return false
		}
		if serviceActs[toks[k].Norm] {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	for _, an := range a.anchors {
		if an.k != first && (an.kind == anchorPronoun || an.k > v && an.kind == anchorPerson && !an.share) {
			return false // « … ouvre à sa fille », « … accueille Mme Roux »
		}
	}
	for k := v + 1; k < len(toks); k++ {
		if isClauseSep(toks[k].Sep) && toks[k].Sep != '.' || personalTies[toks[k].Norm] || relativePronouns[toks[k].Norm] || thirdPersons[toks[k].Norm] {
			return false // a second clause, a possessive, « qui », « il »
		}
		if personsState(toks, k) {
			return false // « … relève le courrier en état d'ivresse », « … en titubant »: the person's own state
		}
	}
	return true
}

// personsState: at k, a state or a manner of the person: « état »
// (« en état d'ivresse »), a gerund (« en titubant »), "while", "drunk".
func personsState(toks []text.Token, k int) bool {
	n := toks[k].Norm
	if n == "etat" || n == "while" || n == "drunk" || n == "ivre" {
		return true
	}
	return k > 0 && toks[k-1].Norm == "en" && len(n) > 4 && strings.HasSuffix(n, "ant")
}
