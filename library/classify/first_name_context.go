package classify

import "tamis/library/classify/text"

// A first name that is also a word (Jade, Rose, Penny) or a short one
// (Dan, Léa, Tom) is read as a person only with a word that says so
// (names.go loneFirstName). Two more such contexts: a person noun right
// before it, after a determiner (« la petite Jade avec sa maman », « ma
// voisine Rose », "our treasurer Penny"), and a description in brackets
// right after a first name that is no word ("Dan (the tall one on
// Fridays)", « Léa (12 ans) »).

// apposedFirstName: token i is a capitalised first name, possibly a
// word, after a determiner and a person noun; it returns the end of the
// name or 0.
func (a *analysis) apposedFirstName(i int) int {
	toks := a.s.Toks
	if i < 2 || !a.isFirstName(i, true) || toks[i].Sep != 0 || toks[i-1].Sep != 0 {
		return 0
	}
	if !toks[i-1].IsAny(cPerson, cKin) || toks[i-1].Has(text.Cap) || !toks[i-2].Is(cSingDet) {
		return 0
	}
	if _, v := a.at(dTitles, i-1); v != 0 || a.publicOffice(i-1) {
		return 0 // « la ministre X »: a title, the name lists of public figures judge
	}
	if toks[i-1].Is(cRole) && !toks[i-2].Is(cTopicPossessives) {
		return 0 // « le président Lincoln » may be anyone's; « notre présidente Rose » is ours
	}
	return a.extendFirst(i + 1)
}

// bracketedFirstName: token i is a first name of the lists that is no
// word, and a bracket opens right after it; it returns the end of the
// name or 0.
func (a *analysis) bracketedFirstName(i int) int {
	toks := a.s.Toks
	if i+1 >= len(toks) || !a.isFirstName(i, false) || toks[i].Is(cAmbig) {
		return 0
	}
	if toks[i+1].Sep != '(' {
		return 0
	}
	if !toks[i+1].Has(text.Letter) && !(i+2 < len(toks) && isAgeUnit(toks[i+2].Norm)) {
		return 0 // « Tom (12) »: a number may be anything, « Léa (12 ans) » is an age
	}
	return i + 1
}
