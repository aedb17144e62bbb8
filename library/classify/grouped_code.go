package classify

import "tamis/library/classify/text"

// A one-time code or a door code is often typed in groups, as the SMS
// shows it (« code reçu par SMS : 493 018 », "PIN 48 29 13"): after a
// word that names a code (findSpacedCode), two to four groups of the same
// length, two or three digits each, four to eight digits in all. Groups
// of unequal length are an amount (« 1 200 € »), ten digits a phone.

// groupedCodeAt returns the end of such a run of groups starting at
// token i, or 0.
func (a *analysis) groupedCodeAt(i int) int {
	toks := a.s.Toks
	n := len(toks[i].Norm)
	if n < 2 || n > 3 || !allDigits(toks[i].Norm) || i > 0 && toks[i].Sep == 0 && toks[i-1].Has(text.Digit) {
		return 0 // not the first group of the run
	}
	j := i + 1
	for j < len(toks) && j-i < 4 && toks[j].Sep == 0 && len(toks[j].Norm) == n && allDigits(toks[j].Norm) {
		j++
	}
	if j-i < 2 || (j-i)*n < 4 || (j-i)*n > 8 {
		return 0
	}
	if j < len(toks) && toks[j].Sep == 0 && toks[j].Has(text.Digit) {
		return 0 // more groups follow: a phone, an account
	}
	return j
}

// allDigits: w is made of ASCII digits only.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
