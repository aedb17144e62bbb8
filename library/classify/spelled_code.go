package classify

// A code said digit by digit in words (« le code de la carte : trois,
// neuf, zéro, six », "the alarm code is five five one two") is the code
// typed digit by digit (findSpacedCode), in a sentence without a digit.
// Counting rhymes, bingo draws and numbered rules say digits in words too:
// the digits count only a few words after a word that names a secret code
// (not a box, a badge or a lock, which counting rhymes and bingo open) and
// not the highway code, a promo code or a dress code.

// spelledCodeHeads name a secret code (a subset of code_words.txt).
var spelledCodeHeads = map[string]bool{
	"code": true, "codes": true, "digicode": true, "alarme": true, "alarm": true, "cadenas": true, "padlock": true,
	"pin": true, "passcode": true, "keypad": true, "combinaison": true, "combination": true,
}

// digitJoiners may stand between two digits said in words.
var digitJoiners = map[string]bool{"puis": true, "et": true, "then": true, "and": true}

// findSpelledCode: four to eight spelled digits in a row, glued by spaces,
// commas or hyphens, starting at most secretValueReach words after a word
// that names a secret code.
func (a *analysis) findSpelledCode() {
	if !a.has(cSpelledDigit) || !a.has(cCodeWord) {
		return
	}
	toks := a.s.Toks
	for h := range toks {
		if !spelledCodeHeads[toks[h].Norm] || publicCode(toks, h, h+1) { // secret_words.go: « code de la route »
			continue
		}
		for i := h + 1; i < len(toks) && i <= h+secretValueReach; i++ {
			if toks[i].Sep == ';' || toks[i].Sep == '(' {
				break // « … ; sept, neuf… »: another clause
			}
			j, n := i, 0
			for j < len(toks) {
				if toks[j].Is(cSpelledDigit) && (j == i || toks[j].Sep == 0 || toks[j].Sep == ',' || toks[j].Sep == '-') {
					j, n = j+1, n+1
				} else if n > 0 && digitJoiners[toks[j].Norm] && j+1 < len(toks) && toks[j+1].Is(cSpelledDigit) {
					j++ // « trois puis neuf », "one nine and six"
				} else {
					break
				}
			}
			if n >= 4 && n <= 8 {
				a.add(ruleCredential, i, j)
				return
			}
		}
	}
}
