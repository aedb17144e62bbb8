package classify

import "tamis/library/classify/text"

// A password is often spelled out, letter by letter, after its noun and
// a colon or a copula (« Le mot de passe, lettre par lettre : p, a, t, a,
// t, e, puis 7 et 7 », "the PIN: 4, 7, 1, 9"): a run of single letters
// or digits, parted by commas, dashes or « puis »/« et », gives the value
// as the word itself would. Category 4, under addSecret's guards.

// spelledSecretMin is how many single characters make a spelled value.
const spelledSecretMin = 5

// spelledSecret: a password word, then within its reach a colon or a
// copula, and right after it a run of spelledSecretMin single characters.
func (a *analysis) spelledSecret() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueSecretNoun) || publicCode(toks, h.i, h.j) {
			continue
		}
		for k := h.j; k < min(len(toks), h.j+secretValueReach); k++ {
			if toks[k].Sep == ':' || k > h.j && secretCopulas[toks[k-1].Norm] {
				return spelledRun(toks, k) >= spelledSecretMin
			}
		}
	}
	return false
}

// spelledRun counts the single letters or digits from token k on,
// « puis », « et » and their like (combination_turns.txt) skipped.
func spelledRun(toks []text.Token, k int) int {
	n := 0
	for ; k < len(toks); k++ {
		switch {
		case len(toks[k].Norm) == 1 && (toks[k].Has(text.Letter) || toks[k].Has(text.Digit)):
			n++
		case combinationTurns[toks[k].Norm] && n > 0:
		default:
			return n
		}
	}
	return n
}
