package classify

import "tamis/library/classify/text"

// A one-time code or a door code is often typed in groups, as the SMS
// shows it (« code reçu par SMS : 493 018 », "PIN 48 29 13", a safe's
// "19-42-07"): after a
// word that names a code (findSpacedCode), two to four groups of the same
// length, two or three digits each, four to eight digits in all. Groups
// of unequal length are an amount (« 1 200 € »), ten digits a phone.

// groupedCodeAt returns the end of such a run of groups starting at
// token i, or 0.
func (a *analysis) groupedCodeAt(i int) int {
	toks := a.s.Toks
	n := len(toks[i].Norm)
	if n < 2 || n > 3 || !allDigits(toks[i].Norm) || i > 0 && groupSep(toks[i].Sep) && toks[i-1].Has(text.Digit) {
		return 0 // not the first group of the run
	}
	j := i + 1
	for j < len(toks) && j-i < 4 && groupSep(toks[j].Sep) && len(toks[j].Norm) == n && allDigits(toks[j].Norm) {
		j++
	}
	if j-i < 2 || (j-i)*n < 4 || (j-i)*n > 8 {
		return 0
	}
	if j < len(toks) && groupSep(toks[j].Sep) && toks[j].Has(text.Digit) {
		return 0 // more groups follow: a phone, an account
	}
	if n == 2 && j-i == 3 && toks[i+1].Sep == '-' && dayMonth(toks[i].Norm, toks[i+1].Norm) {
		return 0 // « 12-05-24 »: a date
	}
	return j
}

// dayMonth: two groups of two digits that read as a day and a month.
func dayMonth(d, m string) bool {
	day := int(d[0]-'0')*10 + int(d[1]-'0')
	month := int(m[0]-'0')*10 + int(m[1]-'0')
	return day >= 1 && day <= 31 && month >= 1 && month <= 12
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

// groupSep: what may stand between two groups of a code, a space or a
// dash (« 19-42-07 », the combination of a safe).
func groupSep(b byte) bool { return b == 0 || b == '-' }
