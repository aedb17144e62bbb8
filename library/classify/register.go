package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A list of the association's people qualified by a special category
// (« liste des bénévoles musulmans », « fichier des résidents
// diabétiques », "list of the members in the union") is no statistic:
// the list names every person it holds, and tells each one's religion,
// health or membership. Category 4, blocked, as the biometric files of
// the association's people are (special.go ownPeopleNear). A list of
// associations, of places of worship or of doctors names no such people.

// registerWords are the words of a list or a file
// (data/words/register_words.txt).
var registerWords = lexicon.Words(lexicon.Data, "register_words")

// findRegisterOfPeople reports a special entry that qualifies the people
// of a list: the list word, « de », « des », "of (the)", a count maybe,
// the people, then the entry within four tokens.
func (a *analysis) findRegisterOfPeople() {
	if !a.has(cRegisterWords) {
		return // no list word: the class is one test (set_classes.go)
	}
	toks := a.s.Toks
	for r := range toks {
		if !toks[r].Is(cRegisterWords) {
			continue
		}
		p := a.peopleOfRegister(r)
		if p < 0 || a.aggregated() || a.countGiven(p) {
			continue // « liste des personnes handicapées accueillies : 32 » counts them
		}
		for _, sp := range a.spansOf(dSpecial, nil) {
			if sp.i > p && sp.i <= p+4 && !a.coveredByFinding(sp) && !a.notAFact(sp) { // special_late_names.go, special.go
				a.addAs(a.lex.special[sp.val-1].rule, Blocked, sp.i, sp.j, a.lex.special[sp.val-1].rule.reason()+
					i18n.T(" : liste de personnes", ": list of people"))
			}
		}
		return
	}
}

// peopleOfRegister returns the token of the people the list word at r
// is made of (« liste des 12 bénévoles », "list of the members"), or -1.
func (a *analysis) peopleOfRegister(r int) int {
	toks := a.s.Toks
	k := r + 1
	for k < len(toks) && k <= r+3 && (registerLinks[toks[k].Norm] || isCount(toks[k])) {
		k++
	}
	if k == r+1 || k >= len(toks) || !toks[k].IsAny(cOwnPeople, cPopulation) {
		return -1
	}
	return k
}

// registerLinks join a list word to its people (data/words/register_links.txt).
var registerLinks = lexicon.Words(lexicon.Data, "register_links")

// countGiven: a number follows a colon after token p: the list is
// counted, not given.
func (a *analysis) countGiven(p int) bool {
	toks := a.s.Toks
	for k := p + 1; k < len(toks); k++ {
		if toks[k].Sep == ':' && toks[k].Has(text.Digit) {
			return true
		}
	}
	return false
}
