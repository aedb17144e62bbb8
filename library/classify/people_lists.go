package classify

import "tamis/library/classify/text"

// Lists of people under a heading that names them (« Participants :… »,
// « familles en retard : … »): their items are names even when the name
// shapes alone would not take them (a first name that is a word, a
// surname typed in lower case).

// peopleListFirstName: a capitalised first name, even one that is also a
// word (Pierre, Rose), as an item of a list after a heading that names
// people (« Participants : Pierre (diabète), Jean (asthme) »). It
// returns the end of the name, or 0.
func (a *analysis) peopleListFirstName(i int) int {
	t := &a.s.Toks[i]
	if !listItemAt(a.s.Toks, i) || !t.IsAny(cFirst, cAmbig) || !t.Has(text.Cap) || t.Has(text.Upper) || !a.peopleHeadingBefore(i) {
		return 0
	}
	return a.extendFirst(i + 1)
}

// lowerPeopleListItem: a first name typed in lower case, even one that
// is a word, as an item of a list after a heading that names people,
// when another item of the list is a first name too and the list is not
// one of things: one of its first names is no word, or a special fact
// stands in it (« participants : pierre (diabète), jean (asthme) »). One
// such word could be a thing; « rose (fleur), iris (fleur) » are flowers.
func (a *analysis) lowerPeopleListItem(i int) bool {
	toks := a.s.Toks
	if !listItemAt(toks, i) || !toks[i].IsAny(cFirst, cAmbig) {
		return false
	}
	colon := -1
	for k := i; k > 0; k-- {
		if toks[k].Sep == ':' {
			colon = k
			break
		}
	}
	if colon < 0 {
		return false
	}
	others, word := 0, a.dictionaryWord(i)
	for k := colon; k < len(toks); k++ {
		if k != i && listItemAt(toks, k) && toks[k].IsAny(cFirst, cAmbig) && !toks[k].Has(text.Upper) {
			others++
			word = word && a.dictionaryWord(k)
		}
	}
	if others == 0 || word && a.dictHits&(1<<dSpecial) == 0 {
		return false
	}
	return a.peopleHeadingBefore(i)
}

// listItemAt: token i opens an item of a list (after a colon, a comma, a
// semicolon, a closing bracket, or « et »/"and").
func listItemAt(toks []text.Token, i int) bool {
	switch toks[i].Sep {
	case ':', ',', ';', ')':
		return true
	}
	return i > 0 && listJoins[toks[i-1].Norm]
}

// lowerSurnameList: a list typed in lower case after a heading that names
// people (« familles en retard de cotis: dupont, haddad, lefevre »): each
// item a surname of the lists that no dictionary knows, beside another
// such item. It returns the end of the surname at i, or 0.
func (a *analysis) lowerSurnameList(i int) int {
	toks := a.s.Toks
	if toks[i].Sep != ':' && toks[i].Sep != ',' && !(i > 0 && listJoins[toks[i-1].Norm]) || !a.listedSurnameWord(i) {
		return 0 // the list's shape first: most words stand in none
	}
	next := i+1 < len(toks) && toks[i+1].Sep == ',' && a.listedSurnameWord(i+1)
	prev := i > 0 && toks[i].Sep == ',' && a.listedSurnameWord(i-1) ||
		i > 1 && listJoins[toks[i-1].Norm] && a.listedSurnameWord(i-2)
	if !next && !prev || !a.peopleHeadingBefore(i) {
		return 0
	}
	return i + 1
}

// listedSurnameWord: token k is a lower-case surname of the lists, long
// enough not to be an abbreviation, that no dictionary knows as a word.
func (a *analysis) listedSurnameWord(k int) bool {
	t := &a.s.Toks[k]
	return t.Is(cLast) && !t.Has(text.Cap) && len(t.Norm) >= 4 && !a.consumed[k] && !a.dictionaryWord(k) && !t.Is(cCapWord)
}

// peopleHeadingBefore: a colon before token i closes a heading that names
// people (« liste des familles », « absents », "members").
func (a *analysis) peopleHeadingBefore(i int) bool {
	toks := a.s.Toks
	colon := -1
	for k := i; k > 0; k-- {
		if toks[k].Sep == ':' {
			colon = k
			break
		}
	}
	for k := 0; k < colon; k++ {
		if toks[k].IsAny(cPerson, cPopulation, cHouseholdNouns) {
			return true
		}
	}
	return false
}
