package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// In a tender, our price is often written without a currency: « notre
// prix par repas sera 3,85 », « pour la DSP on met 180 000 par an »,
// « notre tarif sera 15 % sous celui de 2022 ». Beside our offer and a
// tender (kept_matters.go), a figure that is no year, no date and no
// hour is that price: a percentage, a decimal, or a sum with its
// thousands group.

// bidFigure: the sentence holds such a figure.
func (a *analysis) bidFigure() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Has(text.Digit) || i > 0 && toks[i-1].Has(text.Digit) && !toks[i].Spaced {
			continue // the decimals of « 3,85 »: read with their first part
		}
		next := i+1 < len(toks) && toks[i+1].Has(text.Digit)
		switch {
		case strings.HasPrefix(strings.TrimLeft(a.text[t.End:min(len(a.text), int(t.End)+3)], " \u00a0\u202f"), "%"):
			return true // « 15 % »
		case next && !toks[i+1].Spaced && (toks[i+1].Sep == ',' || toks[i+1].Sep == '.'):
			return true // « 3,85 »
		case next && len(toks[i+1].Norm) == 3 && !isYear(t.Norm):
			return true // « 180 000 »
		case len(t.Norm) >= 3 && !isYear(t.Norm) && !(i+1 < len(toks) && (toks[i+1].Norm == "h" || monthName(toks[i+1].Norm))):
			return true // « 42000 »
		}
	}
	return false
}
