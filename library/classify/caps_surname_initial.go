package classify

import "tamis/library/classify/text"

// A surname in capitals with the initial of a first name (« DUPONT J. »,
// « KERBRAT;M.;… » in a pasted spreadsheet row, « J. DUPONT ») names one
// person as the full first name would (issue 7, section 4: initials). The
// word in capitals must be a listed surname, or a long word of no
// dictionary and no acronym: « NOM;P. » or « CGT » name no one.

// findCapsSurnameInitial reports the first surname in capitals joined to
// an initial, before or after it.
func (a *analysis) findCapsSurnameInitial() {
	if a.lacksShape(text.Upper) {
		return // capsSurname asks for a word in capitals (guards.go)
	}
	toks := a.s.Toks
	for k := range toks {
		if p := a.particleCapsInitial(k); p >= 0 { // civility_particle.go: « LE GALL Y. »
			a.reportName(p, k+2)
			return
		}
		if !a.capsSurname(k) || a.consumed[k] || a.coveredByName(k) {
			continue
		}
		switch {
		case k+1 < len(toks) && a.initialAt(k+1):
			a.reportName(k, k+2)
			return
		case k > 0 && a.initialAt(k-1):
			a.reportName(k-1, k+1)
			return
		}
	}
}

// capsSurname: token k is a word in capitals that reads as a surname.
func (a *analysis) capsSurname(k int) bool {
	t := a.s.Toks[k]
	if !t.Has(text.Upper) || !t.Has(text.Letter) || len(t.Norm) < 3 || a.isAcronym(k) {
		return false
	}
	return t.Is(cLast) && !t.Is(cFirst) || len(t.Norm) >= 5 && !a.dictionaryWord(k)
}

// initialAt: token k is one letter followed right away by a period (« J. »).
func (a *analysis) initialAt(k int) bool {
	t := a.s.Toks[k]
	end := int(t.End)
	return len(t.Norm) == 1 && t.Has(text.Letter) && end < len(a.text) && a.text[end] == '.'
}
