package classify

// A code said digit by digit in words (« le code de la carte : trois,
// neuf, zéro, six », "the alarm code is five five one two") is the code
// typed digit by digit (findSpacedCode), in a sentence without a digit.

// findSpelledCode: four to eight spelled digits in a row, glued by spaces,
// commas or hyphens, in a sentence that names a code (not a postcode).
func (a *analysis) findSpelledCode() {
	if !a.has(cSpelledDigit) || !a.has(cCodeWord) {
		return
	}
	toks := a.s.Toks
	for i, t := range toks {
		if t.Is(cCodeWord) && (i > 0 && publicCodeWords[toks[i-1].Norm] || i+1 < len(toks) && publicCodeWords[toks[i+1].Norm]) {
			return // « code postal : neuf, un, … »
		}
	}
	for i := 0; i < len(toks); i++ {
		j := i
		for j < len(toks) && toks[j].Is(cSpelledDigit) && (j == i || toks[j].Sep == 0 || toks[j].Sep == ',' || toks[j].Sep == '-') {
			j++
		}
		if j-i >= 4 && j-i <= 8 {
			a.add(ruleCredential, i, j)
			return
		}
		i = j
	}
}
