package classify

import "tamis/library/classify/text"

// A member's, a resident's or a file's code is often no plain number:
// « A-2021-117 », « BEN-4471 », « 22/187 », "V-0077" (issue 7, section 4:
// a pseudonym that points at one person is still personal data). The
// code is read as the tokens joined without a space by « - », « / » or
// « . », wherever it starts after the file word.

// fileCodeEnd returns the end of the code that starts at token k, or 0:
// the code must hold three digits or more, and be no year (« 2019 »,
// « 2019-2020 »), no date (« 12/05 ») and no longer number that the byte
// scanner reads (a phone number: a group of digits after a space).
func (a *analysis) fileCodeEnd(k int) int {
	toks := a.s.Toks
	j, digits, numbers, years := k, 0, 0, 0
	for ; j < len(toks); j++ {
		t := &toks[j]
		if j > k && (t.Spaced || t.Sep != '-' && t.Sep != '/' && t.Sep != '.') {
			break
		}
		for i := 0; i < len(t.Norm); i++ {
			if isDigit(t.Norm[i]) {
				digits++
			}
		}
		if t.Has(text.Digit) {
			numbers++
			if isYear(t.Norm) {
				years++
			}
		}
	}
	if digits < 3 || years == numbers || a.dateShape(k, j) {
		return 0
	}
	if j < len(toks) && toks[j].Has(text.Digit) && !isClauseSep(toks[j].Sep) {
		return 0 // « 0800 123 456 »: the byte scanner's
	}
	return j
}

// dateShape: the code [k, j) is a day and a month, with or without a
// year (« 12/05 », « 3.11.2024 »).
func (a *analysis) dateShape(k, j int) bool {
	toks := a.s.Toks
	if j-k < 2 || j-k > 3 || !toks[k].Has(text.Digit) || !toks[k+1].Has(text.Digit) {
		return false
	}
	return atoiSmall(toks[k].Norm) <= 31 && atoiSmall(toks[k+1].Norm) <= 12
}

// atoiSmall reads a number of at most four digits; a longer one is 10000.
func atoiSmall(w string) int {
	if len(w) > 4 {
		return 10000
	}
	n := 0
	for i := 0; i < len(w); i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// colonBetween: a colon stands between tokens i and k (« dossier
// bénéficiaire : BEN-4471 »).
func (a *analysis) colonBetween(i, k int) bool {
	for m := i + 1; m <= k; m++ {
		if a.s.Toks[m].Sep == ':' {
			return true
		}
	}
	return false
}

// fileLabelWord: token k may stand between a file word and its code: a
// label (« n° »), another file word or a person (« matricule du salarié »,
// « dossier bénéficiaire »), a function word. Any other word makes the
// file a thing's (« dossier de subvention »).
func (a *analysis) fileLabelWord(k int) bool {
	t := &a.s.Toks[k]
	if t.Norm == "de" || t.Norm == "of" || isArticle(t.Norm) {
		return true
	}
	return t.IsAny(cFileWord, cPerson, cPopulation, cRole, cFunctionWords) || numberLabels[t.Norm]
}
