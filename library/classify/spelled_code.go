package classify

import "tamis/library/classify/lexicon"

// A code said digit by digit in words (« le code de la carte : trois,
// neuf, zéro, six », "the alarm code is five five one two") is the code
// typed digit by digit (findSpacedCode), in a sentence without a digit.
// Counting rhymes, bingo draws and numbered rules say digits in words too:
// the digits count only a few words after a word that names a secret code
// (not a box, a badge or a lock, which counting rhymes and bingo open) and
// not the highway code, a promo code or a dress code.

// spelledCodeHeads name a secret code (data/words/secret_code_heads.txt);
// digitJoiners may stand between two digits (data/words/digit_joiners.txt).
var spelledCodeHeads, digitJoiners = lexicon.Words(lexicon.Data, "secret_code_heads"), lexicon.Words(lexicon.Data, "digit_joiners")

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
