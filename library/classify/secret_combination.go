package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A safe's or a padlock's combination is told as three numbers or more,
// one or two digits each, in digits or in words, parted by commas or by
// the turns of the dial (« le coffre s'ouvre sur quatorze, vingt-huit,
// trois », « tourne sur 12, puis 35, puis 8 », "left 32, right 17, left
// 4"): no number of the run is a code alone (codeIn wants three digits),
// the run is. It ends its clause, so that a list of sizes or of times
// (« 30, 40 et 50 cm ») is no combination.

// combinationTurns may stand between the numbers of a combination
// (data/words/combination_turns.txt).
var combinationTurns = lexicon.Words(lexicon.Data, "combination_turns")

// lotteryWords say the numbers are a draw's (data/words/lottery_words.txt).
var lotteryWords = lexicon.Words(lexicon.Data, "lottery_words")

// combinationMin is how many numbers make a combination.
const combinationMin = 3

// combinationAt: a run of combinationMin numbers or more starts at token
// k, at most two turn words between two numbers, and ends its clause.
func (a *analysis) combinationAt(k int) bool {
	toks := a.s.Toks
	n, last := 0, -1
	for m := k; m < len(toks); {
		if toks[m].Has(text.Digit) && len(toks[m].Norm) <= 2 && isDigits(toks[m].Norm) {
			n, last, m = n+1, m, m+1
			continue
		}
		if end, v, d := a.spelledGroup(m); d > 0 && v < 100 {
			n, last, m = n+1, end-1, end
			continue
		}
		if combinationTurns[toks[m].Norm] && m-last <= 2 && n > 0 {
			m++
			continue
		}
		break
	}
	return n >= combinationMin && a.clauseEndsAfter(last) && !a.drawBefore(k)
}

// drawBefore: a word of a draw stands within the four tokens before the
// run at k (« la combinaison gagnante de l'Euromillions : 4, 19, … »); one
// elsewhere in the sentence says nothing of the run (« la combinaison du
// coffre est 12, 34, 56 ; le tirage est à 18 h »).
func (a *analysis) drawBefore(k int) bool {
	toks := a.s.Toks
	for m := max(0, k-4); m < k; m++ {
		if lotteryWords[toks[m].Norm] {
			return true
		}
	}
	return false
}
