package classify

// A table or a list written « Nom;Prénom » or « Nom, Prénom » puts the
// surname in the cell before the first name (« Durand;Sylvie;06 12 34 56
// 78 », « Benhamou, Karim (trésorier) »): the first name was found alone,
// and anonymising the line left « Durand;Personne_001 » in clear. The
// surname is a name of its own, so that each cell gets its code and the
// columns stay in place.

// cellSurname: a capitalised word that opens a cell (the value, a line,
// or after « ; » or « , ») and is a listed surname or a word of no
// lexicon, right before a first name across « ; » or « , ».
func (a *analysis) cellSurname(i int) int {
	toks := a.s.Toks
	if i > 0 && !cellSeparator(toks[i].Sep) && a.text[toks[i].Start-1] != '\n' {
		return 0 // « Merci à Durand, Sylvie… »: a cell opens the line or follows a separator
	}
	k := i
	for k+1 < len(toks) && k-i < 2 && isParticle(toks[k].Norm) && toks[k+1].Sep == 0 {
		k++ // « Le Goff;Yann », « Da Silva, Ana »
	}
	if k+1 >= len(toks) || !cellSeparator(toks[k+1].Sep) || !a.isFirstName(k+1, false) {
		return 0
	}
	if toks[k].IsAny(cFirst, cAmbig) || !a.isName(k) || !(toks[k].Is(cLast) || a.unknownCapWord(k)) {
		return 0
	}
	return k + 1
}

// cellSeparator: the punctuation that separates a table's cells or a
// list's surname from its first name (a tab is a space to the tokeniser).
func cellSeparator(b byte) bool {
	return b == ';' || b == ','
}
