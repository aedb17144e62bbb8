package classify

import "tamis/library/classify/text"

// Identifiers typed without their keyword (issue 7, section 4): a French
// licence plate written with spaces (« garé en FK 213 TR ») has the
// shape of no other thing, and a surname beside a file's code
// (« Dupont 2024-0173 », « Le Corre / A-22-0458 », a pasted row) is a
// register's line: the code and the name point at one person. A year
// (« 2024 »), a date or a tyre size is no code (file_codes.go).

// findSpacedPlate reports a plate of the French register written with
// spaces: two capitals, three digits, two capitals (« FK 213 TR »),
// without the letters I, O and U that the register never gives.
func (a *analysis) findSpacedPlate() {
	toks := a.s.Toks
	if len(toks) != 3 && !a.has(cPlateWord) {
		return // the value alone, or a car or a plate said: « la RN 165 BR » is a road
	}
	for i := 0; i+2 < len(toks); i++ {
		if len(toks[i+1].Norm) != 3 || !isDigits(toks[i+1].Norm) || !plateLetters(&toks[i]) || !plateLetters(&toks[i+2]) {
			continue
		}
		if !toks[i+1].Spaced || !toks[i+2].Spaced || i+3 < len(toks) && toks[i+3].Has(text.Digit) && !isClauseSep(toks[i+3].Sep) {
			continue
		}
		a.add(ruleLicencePlate, i, i+3)
		return
	}
}

// plateLetters: two capital letters of the register.
func plateLetters(t *text.Token) bool {
	w := t.Norm
	if len(w) != 2 || !t.Has(text.Upper) || t.End-t.Start != 2 {
		return false
	}
	for i := 0; i < 2; i++ {
		if !isLetter(w[i]) || w[i] == 'i' || w[i] == 'o' || w[i] == 'u' {
			return false
		}
	}
	return true
}

// findSurnameCode reports a listed surname, with its particle, right
// before a file's code, across a separator of a pasted row (« / », « ; »).
func (a *analysis) findSurnameCode() {
	if !a.digits {
		return
	}
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if !toks[k].Has(text.Digit) && !(len(toks[k].Norm) == 1 && k+1 < len(toks) && toks[k+1].Sep == '-') {
			continue
		}
		s := k - 1
		if !a.listedSurname(s) && !a.particleSurnameAt(s) || a.consumed[s] || a.coveredByName(s) || familyBrands[toks[s].Norm] {
			continue
		}
		if s > 0 && toks[s-1].Is(cSurnameParticles) && toks[s-1].Has(text.Cap) {
			s--
		}
		if s > 0 && !rowSeparator(toks[s].Sep) || a.fileCodeEnd(k) == 0 {
			continue // the surname opens the row or a field: « Loi Evin 91-32 » is a law
		}
		a.reportName(s, k)
		return
	}
}

// particleSurnameAt: token k is a capitalised word after a capitalised
// particle that opens the row (« Le Corre »), not a commune.
func (a *analysis) particleSurnameAt(k int) bool {
	toks := a.s.Toks
	if k != 1 || !toks[0].Is(cSurnameParticles) || !toks[0].Has(text.Cap) || !toks[k].Has(text.Cap) || toks[k].Has(text.Upper) {
		return false
	}
	if end, _ := a.communeAt(0); end > 0 {
		return false
	}
	return a.unknownCapWord(k)
}

// rowSeparator: a separator of a pasted row's fields.
func rowSeparator(b byte) bool {
	return b == ';' || b == '|' || b == ',' || b == '\t' || b == '/'
}
