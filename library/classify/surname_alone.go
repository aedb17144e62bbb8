package classify

import (
	"strings"
	"tamis/library/classify/text"
)

// People named by a surname alone (issue 7, section 4): « Les Ferreira
// ont déménagé » (a family by its name), « Lemoine-Duval n'a pas payé »
// (a compound surname as subject), « Grace Whitfield, 72, … » (a name in
// capitals followed by an age in apposition). A capitalised word that no
// lexicon knows as a French word, a place or a body, in a person's place
// before a verb, is a name.

// findBareSurname: « Les <Nom> » or a hyphenated « <Nom>-<Nom> » opening a
// clause, before a verb.
func (a *analysis) findBareSurname() {
	toks := a.s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if !a.bareSurnameStart(i) || a.consumed[i] || a.coveredByName(i) || a.hasWorkWord() && a.inSingleQuotes(i) {
			continue // 'Voices from the Valley' is looking for stories: a show's title (quoted_titles.go)
		}
		switch {
		case (toks[i].Norm == "les" || toks[i].Norm == "the") && a.unknownCapWord(i+1) && !toks[i+1].Has(text.Upper):
			j := i + 2
			if j+1 < len(toks) && toks[j].Sep == '-' && !toks[j].Spaced && a.surnamePart(j) {
				j++ // « Les Dumoulin-Rey »
			}
			if a.verbFollows(j) {
				a.reportName(i, j) // « Les Ferreira ont déménagé », "the Okonkwos have moved"
				return
			}
		case (i == 0 || isClauseSep(toks[i].Sep)) && toks[i].Has(text.Cap) && toks[i].Is(cLast) && a.verbFollows(i+1) && a.listedSurname(i), // listedSurname needs cLast: asked first, it spares the verb test
			(i == 0 || isClauseSep(toks[i].Sep)) && toks[i].Has(text.Cap) && a.owingAfter(i+1) && a.unknownCapWord(i) && !a.isAcronym(i):
			a.reportName(i, i+1) // « Kowalski n'a pas rendu les clés », "Fairbrother still hasn't returned"
			return
		case (i == 0 || isClauseSep(toks[i].Sep)) && i+2 < len(toks) && toks[i+1].Sep == '-' && !toks[i+1].Spaced &&
			a.verbFollows(i+2) && a.surnamePart(i) && a.surnamePart(i+1):
			a.reportName(i, i+2) // « Girard-Lemaire n'a pas rendu »
			return
		}
	}
}

// bareSurnameStart: token i can open one of findBareSurname's shapes: « les »
// or "the", or a capitalised word at a clause start. Every case below
// asks for one of them; most tokens are neither.
func (a *analysis) bareSurnameStart(i int) bool {
	t := &a.s.Toks[i]
	return t.Norm == "les" || t.Norm == "the" || (i == 0 || isClauseSep(t.Sep)) && t.Has(text.Cap)
}

// listedSurname: a capitalised word of the surname lists that is no
// French word, no first name and no place: alone at a clause start, it
// is someone.
func (a *analysis) listedSurname(k int) bool {
	t := &a.s.Toks[k]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || t.Has(text.Upper) || !t.Is(cLast) || t.IsAny(cFirst, cAmbig, cCapWord, cVenue) {
		return false
	}
	return a.unknownCapWord(k)
}

// owingAfter: what a person still owes or failed to do follows token k
// (data/words/owing.txt), as a subject's next words.
func (a *analysis) owingAfter(k int) bool {
	toks := a.s.Toks
	if k >= len(toks) || !toks[k].Is(cOwingStart) {
		return false // no phrase of owingWords starts here (set_classes.go)
	}
	var buf [64]byte
	key := buf[:0] // no allocation: the map look-up reads the bytes
	for i := k; i < min(len(toks), k+3); i++ {
		if i > k {
			key = append(key, ' ')
		}
		key = append(key, toks[i].Norm...)
		if owingWords[string(key)] {
			return true
		}
	}
	return false
}

// surnamePart: a capitalised part of a compound surname: in the surname
// lists or unknown to every lexicon.
func (a *analysis) surnamePart(k int) bool {
	t := &a.s.Toks[k]
	if !t.Has(text.Cap) || !t.Has(text.Letter) || t.Has(text.Upper) {
		return false
	}
	return t.Is(cLast) && !t.Is(cVenue) || a.unknownCapWord(k)
}

// verbFollows: token k starts a verb group: an auxiliary or a negation
// (« ont », « n'a », « viendront »), as a subject's next word.
func (a *analysis) verbFollows(k int) bool {
	if k >= len(a.s.Toks) || isClauseSep(a.s.Toks[k].Sep) && a.s.Toks[k].Sep != ',' {
		return false
	}
	return a.personVerbAt(k) || a.s.Toks[k].Is(cSubjectVerbs)
}

// coveredByName: token k is inside a name already reported.
func (a *analysis) coveredByName(k int) bool {
	for _, n := range a.names {
		if k >= n.i && k < n.j {
			return true
		}
	}
	return false
}

// findAgedName: two capitalised words followed by an age in apposition
// (« Grace Whitfield, 72, retired midwife »): a person however rare the
// name.
func (a *analysis) findAgedName() {
	if !a.digits {
		return // the age is a number
	}
	toks := a.s.Toks
	for i := 0; i+2 < len(toks); i++ {
		if a.consumed[i] || a.coveredByName(i) || a.coveredByName(i+1) || !toks[i].Has(text.Cap) || !toks[i+1].Has(text.Cap) ||
			!toks[i].Has(text.Letter) || !toks[i+1].Has(text.Letter) || toks[i].Has(text.Upper) || toks[i+1].Has(text.Upper) ||
			toks[i+1].Sep != 0 || toks[i+2].Sep != ',' || !toks[i+2].Has(text.Digit) || len(toks[i+2].Norm) > 2 {
			continue
		}
		if i+3 < len(toks) && toks[i+3].Sep != ',' && !isAgeUnit(toks[i+3].Norm) {
			continue // « Salle Pasteur, 12 rue … »: a number that is no age
		}
		if toks[i].Is(cVenue) || toks[i].Is(cCapWord) && !toks[i].IsAny(cFirst, cAmbig) {
			continue
		}
		a.reportName(i, i+2)
		return
	}
}

// findClassTagged: a first name followed by a school class or an age
// group in brackets (« Lily-Rose (CP) », "Noah (Year 2)") is a child of
// the association, even when the name is also a word.
func (a *analysis) findClassTagged() {
	toks := a.s.Toks
	if len(toks) < 2 || strings.IndexByte(a.text[toks[0].End:toks[len(toks)-1].Start], '(') < 0 {
		return // the class stands in brackets after the name
	}
	for i := 0; i+1 < len(toks); i++ {
		if a.coveredByName(i) || !toks[i].Has(text.Cap) || !toks[i].Has(text.Letter) {
			continue
		}
		j := i + 1
		hyphen := toks[j].Sep == '-' && !toks[j].Spaced && j+1 < len(toks)
		if hyphen {
			j++ // « Lily-Rose »
		}
		if toks[j].Sep != '(' {
			continue
		}
		key := toks[i].Norm
		if hyphen {
			key += "-" + toks[i+1].Norm
		}
		if !a.lex.firstnames[key] && !a.lex.ambiguous[key] && !a.unknownCapWord(i) {
			continue
		}
		if schoolClasses[toks[j].Norm] || j+1 < len(toks) && schoolClasses[toks[j].Norm+" "+toks[j+1].Norm] {
			a.reportName(i, j)
			return
		}
	}
}
