package classify

import (
	"strings"
	"tamis/library/classify/text"
)

// Identifiers that public bodies give a person as numbers only (« numéro
// MSA : 1234567890 », "Universal Credit claim reference 123456789",
// "NHS number 943 476 5919"): in a sentence that names such a body, a
// number that long is the person's file, not a count or an amount.

// findBodyNumber: a number of seven to thirteen digits, alone or in
// groups of at most four glued by spaces, after a public body's word.
func (a *analysis) findBodyNumber() {
	if !a.has(cBodyID) {
		return
	}
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		if !toks[i].Has(text.Digit) {
			continue
		}
		j, n := i, 0
		for j < len(toks) && toks[j].Has(text.Digit) && (j == i || toks[j].Sep == 0 && len(toks[j].Norm) <= 5) { // "12345 67890", a UTR
			n += len(toks[j].Norm)
			j++
		}
		phone := n == 10 && toks[i].Norm[0] == '0' // « CAF : 0 810 25 25 10 », the phone rules judge it
		if n >= 7 && n <= 13 && !phone && !thousands(toks[i:j]) && !a.moneyAfter(toks[j-1].To()) && !a.foundAt(toks[i].From(), toks[j-1].To()) {
			a.add(rulePublicID, i, j)
			return
		}
		i = j
	}
}

// thousands: groups of three digits after a first one of at most three
// (« 1 500 000 »): a count written the French way, not a file number.
func thousands(groups []text.Token) bool {
	if len(groups) < 2 || len(groups[0].Norm) > 3 {
		return false
	}
	for _, g := range groups[1:] {
		if len(g.Norm) != 3 {
			return false
		}
	}
	return true
}

// moneyAfter: a currency follows the byte offset end: an amount, not a
// file number.
func (a *analysis) moneyAfter(end int) bool {
	after := strings.ToLower(a.text[end:min(len(a.text), end+8)])
	return strings.ContainsAny(after, "€£$") || strings.Contains(after, "eur")
}

// foundAt: the byte scanner already found an identifier over start..end
// (« numéro allocataire CAF : 1234567 »).
func (a *analysis) foundAt(start, end int) bool {
	for _, f := range a.direct {
		if f.Start <= start && f.End >= end {
			return true
		}
	}
	return false
}

// findNINO: the British National Insurance number, two letters, six
// digits and a letter A to D, glued or in pairs ("QQ 12 34 56 C",
// "AB123456C"), in a sentence that names National Insurance.
func (a *analysis) findNINO() {
	if !a.has(cBodyID) {
		return
	}
	toks := a.s.Toks
	for i := 0; i < len(toks); i++ {
		if j := a.ninoAt(i); j > i {
			a.add(rulePublicID, i, j)
			return
		}
	}
}

// ninoAt returns the end of a National Insurance number at token i, or 0.
func (a *analysis) ninoAt(i int) int {
	toks := a.s.Toks
	w := toks[i].Norm
	if len(w) == 9 && isLetters(w[:2]) && isDigits(w[2:8]) && w[8] >= 'a' && w[8] <= 'd' {
		return i + 1 // "AB123456C"
	}
	if len(w) != 2 || !isLetters(w) || i+4 >= len(toks) {
		return 0
	}
	for k := i + 1; k <= i+3; k++ {
		if len(toks[k].Norm) != 2 || !isDigits(toks[k].Norm) || toks[k].Sep != 0 {
			return 0
		}
	}
	if l := toks[i+4].Norm; len(l) != 1 || l[0] < 'a' || l[0] > 'd' || toks[i+4].Sep != 0 {
		return 0
	}
	return i + 5
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
