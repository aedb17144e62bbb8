package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A percentage of money (issue 7, section 4, public text flagged as
// doubt): « 10 % reversés à l'association », « 20 % de réduction pour
// les adhérents », « 5 % des recettes », "20% off for members". A share
// of a price, of proceeds or of takings is a price or a pledge, not a
// statistic about the association's public: it is no marker of one.

var (
	moneyShares = lexicon.Words(lexicon.Data, "money_shares")
	// shareGlue may stand between a percentage and what it divides (data/words/share_glue.txt).
	shareGlue = lexicon.Words(lexicon.Data, "share_glue")
)

// percentsOfMoney: the sentence holds a percentage and every one divides
// money (a word of data/words/money_shares.txt within three words after
// it, past words of glue only).
func (a *analysis) percentsOfMoney() bool {
	toks := a.s.Toks
	found := false
	for i, t := range toks {
		if !t.Has(text.Digit) || !percentAfter(a.text, t.To()) {
			continue
		}
		found = true
		if !moneyAfter(toks, i) {
			return false
		}
	}
	return found
}

// percentAfter: a percent sign follows offset end, past spaces.
func percentAfter(s string, end int) bool {
	rest := strings.TrimLeft(s[end:min(len(s), end+8)], " \u00a0\u202f")
	return strings.HasPrefix(rest, "%")
}

// moneyAfter: a word of money within three words after token i, past
// glue only.
func moneyAfter(toks []text.Token, i int) bool {
	for k := i + 1; k < min(len(toks), i+4); k++ {
		if moneyShares[toks[k].Norm] {
			return true
		}
		if !shareGlue[toks[k].Norm] {
			return false
		}
	}
	return false
}
