package classify

import "tamis/library/classify/text"

// A phone number typed half in digits, half in words (« 06 douze 34 56
// 78 », « 07 81 vingt-deux 45 90 ») slips past the byte scanner, which
// reads digits, and past findDictatedPhone, which starts on a spelled
// zero: from a pair of digits opening on 0, groups of two digits or of
// spelled numbers up to 99, ten digits in all, one spelled group at
// least.

// findMixedPhone reports the first such number.
func (a *analysis) findMixedPhone() {
	toks := a.s.Toks
	for i := range toks {
		if w := toks[i].Norm; len(w) != 2 || w[0] != '0' || w[1] == '0' || !toks[i].Has(text.Digit) {
			continue
		}
		digits, spelled, k := 2, 0, i+1
		for k < len(toks) && digits < 10 {
			if toks[k].Has(text.Digit) && len(toks[k].Norm) == 2 {
				digits, k = digits+2, k+1
				continue
			}
			end, v, n := a.spelledGroup(k)
			if n == 0 || v > 99 {
				break
			}
			digits, k, spelled = digits+2, end, spelled+1
		}
		if digits == 10 && spelled > 0 && (k == len(toks) || !toks[k].Has(text.Digit)) {
			a.add(rulePhone, i, k)
			return
		}
	}
}
