package classify

// Money written in thousands with a « k » (« on peut monter à 3k », "we
// can go to £3k", « 2,5k »): a token of digits, maybe a decimal comma or
// dot, and a final « k ». The tokeniser keeps it as one word of letters
// and digits, so the digit-only reading of an amount misses it.

// kiloAmount: norm is an amount in thousands (« 3k », « 15k », « 2.5k »).
func kiloAmount(norm string) bool {
	n := len(norm)
	if n < 2 || norm[n-1] != 'k' {
		return false
	}
	digits := 0
	for i := 0; i < n-1; i++ {
		switch c := norm[i]; {
		case c >= '0' && c <= '9':
			digits++
		case (c == '.' || c == ',') && i > 0 && i < n-2:
		default:
			return false
		}
	}
	return digits > 0 && digits <= 4
}
