package classify

import "tamis/library/classify/text"

// A first name that is also a word (Jade, Rose, Penny) or a short one
// (Dan, Léa, Tom) is read as a person only with a word that says so
// (names.go loneFirstName). Two more such contexts: a person noun right
// before it, after a determiner (« la petite Lou au premier rang », « ma
// voisine Rose », "our treasurer Holly"), and a description in brackets
// right after a first name that is no word ("Kim (the new cook)", « Léa
// (12 ans) »). And a first name that opens a clause,
// pinned by the place or the activity where one meets that person
// ("Daisy from the pub", « Rose de la boulangerie », « Jo de la
// permanence du jeudi »), or by their trade right after it ("Frank the
// plumber", « Pierre le plombier »).

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

// placedFirstName: token i opens the value or a clause with a first name,
// possibly a word, then « de », "from" and an article, then a place or an
// activity; it returns the end of the name or 0.
func (a *analysis) placedFirstName(i int) int {
	toks := a.s.Toks
	if i > 0 && !isClauseSep(toks[i].Sep) || !a.isFirstName(i, true) || i+3 >= len(toks) {
		return 0
	}
	switch toks[i+1].Norm {
	case "from", "de", "du", "d":
	default:
		return 0
	}
	k := i + 2
	if toks[i+1].Norm != "du" && toks[k].Is(cPlainDets) {
		k++
	}
	if k < len(toks) && (toks[k].IsAny(cVenue, cPublicEvents) || landmarks[toks[k].Norm]) && !toks[k].Has(text.Cap) {
		return i + 1
	}
	return 0
}

// tradedFirstName: token i is a first name, possibly a word, followed by
// a definite article and a noun of a person ("Frank the plumber", « Rose
// la boulangère »); it returns the end of the name or 0.
func (a *analysis) tradedFirstName(i int) int {
	toks := a.s.Toks
	if i+2 >= len(toks) || !a.isFirstName(i, true) || toks[i+1].Sep != 0 || toks[i+2].Sep != 0 {
		return 0
	}
	if !toks[i+1].Is(cDefiniteArticles) || toks[i+1].Has(text.Cap) || !a.describedNoun(i+2) || toks[i+2].Has(text.Cap) {
		return 0 // « Pierre le Grand »: a surname, or a title the lists of famous names judge
	}
	return i + 1
}
