package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A negotiation margin is often told with one amount and its limit rather
// than with the offer and the floor (issue 7, section 4): « on peut
// lâcher 5 % sur le loyer si la mairie insiste, pas plus », "we can go
// up to 900, no more". A word of margin (margin_words.txt), a limit said
// in words (« pas plus », "no more", « grand maximum ») or by a limit word
// (limit_words.txt), and one sum of money — a number with « % », « € »
// or "euros" — are the association's position: category 4, as two
// amounts are (strategy_margins.go). Without money (« on vise 30 inscrits
// maximum ») it is a target, no margin.

// limitPhrases close a margin (« pas plus », "no more", "not a penny more").
var limitPhrases = phraseSet("limit_phrases")

// oneMarginWithLimit: a margin word, a limit and one amount.
func (a *analysis) oneMarginWithLimit() bool {
	if !a.has(cMargin) || !(a.limit() || a.limitPhrase()) {
		return false
	}
	return a.unitAmount() // money: « on vise 30 inscrits maximum » is a target, no margin
}

// limitPhrase: a phrase of limit_phrases.txt ends a clause of the
// sentence (« …, pas plus. »; not « pas plus réaliste »).
func (a *analysis) limitPhrase() bool {
	toks := a.s.Toks
	for i := 0; i+1 < len(toks); i++ {
		if limitPhrases[toks[i].Norm+" "+toks[i+1].Norm] && (i+2 == len(toks) || isClauseSep(toks[i+2].Sep)) {
			return true
		}
	}
	return false
}

// unitAmount: a number followed by « % », « € », "euros" or "percent"
// (the signs are no tokens: the text after the number is read).
func (a *analysis) unitAmount() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Has(text.Digit) {
			continue
		}
		rest := strings.TrimLeft(a.text[t.End:min(len(a.text), int(t.End)+4)], " \u00a0\u202f")
		if strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "€") || i+1 < len(toks) && amountUnits[toks[i+1].Norm] {
			return true
		}
	}
	return false
}

// amountUnits follow an amount (data/words/amount_units.txt).
var amountUnits = lexicon.Words(lexicon.Data, "amount_units")
