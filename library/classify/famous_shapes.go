package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// Shapes that tell a public or historical person without a list
// (famous_names.go): the years of a life that has ended, a regnal number,
// a first name in the plural on a saint's day.

// lifeDates: the name is followed by the years of a life that has ended
// (« Lucie Aubrac (1912-2007) »): a historical person, whom the data
// protection rules do not cover, and no one a volunteer writes about.
func (a *analysis) lifeDates(j int) bool {
	rest := a.text[a.s.Toks[j-1].End:]
	rest = strings.TrimPrefix(rest, " ")
	if len(rest) < 11 || rest[0] != '(' {
		return false
	}
	born, n := leadingYear(rest[1:])
	if n == 0 {
		return false
	}
	rest = strings.TrimLeft(rest[1+n:], " ")
	for _, dash := range []string{"-", "–", "—"} {
		if after, ok := strings.CutPrefix(rest, dash); ok {
			died, m := leadingYear(strings.TrimLeft(after, " "))
			// a life, not a term of office (« (2019-2024) »)
			return m > 0 && died-born >= 20 && died-born <= 110
		}
	}
	return false
}

// leadingYear reads the four-digit year that starts s.
func leadingYear(s string) (int, int) {
	if len(s) < 4 || len(s) > 4 && isDigit(s[4]) {
		return 0, 0
	}
	y := 0
	for k := range 4 {
		if !isDigit(s[k]) {
			return 0, 0
		}
		y = y*10 + int(s[k]-'0')
	}
	return y, 4
}

// regnalName: a first name and a regnal number (« Louis XIV », « Henri
// IV », « Jean-Paul II », "Elizabeth II"): a monarch or a pope.
func (a *analysis) regnalName(i, j int) bool {
	toks := a.s.Toks
	if j-i < 2 || !toks[j-1].Has(text.Upper) || !isRegnalNumber(a.text[toks[j-1].Start:toks[j-1].End]) {
		return false
	}
	for k := i; k < j-1; k++ {
		if !toks[k].IsAny(cFirst, cAmbig) {
			return false
		}
	}
	return true
}

// isRegnalNumber: w is a Roman numeral from II to XXIX (« I » is also a
// pronoun in English).
func isRegnalNumber(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] != 'I' && w[k] != 'V' && w[k] != 'X' {
			return false
		}
	}
	return !strings.Contains(w, "IIII") && !strings.Contains(w, "VV") && !strings.Contains(w, "XXX")
}

// nameDay: a first name in the plural in a sentence about a saint's day
// (« Bonne fête à toutes les Catherine », « on fête les Nicolas »); not a
// family (« chez les Martin »).
func (a *analysis) nameDay(i, j int) bool {
	toks := a.s.Toks
	if toks[i].Norm == "les" || toks[i].Norm == "aux" {
		i++ // a shape that took the article
	}
	if j != i+1 || i < 1 || !toks[i].IsAny(cFirst, cAmbig) {
		return false
	}
	if toks[i-1].Norm != "les" && toks[i-1].Norm != "aux" || i > 1 && toks[i-2].Is(cSurnameCtx) {
		return false
	}
	for _, t := range toks {
		if famousLists().nameDay[t.Norm] {
			return true
		}
	}
	return false
}
