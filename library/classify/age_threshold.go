package classify

import "strings"

// An age a notice sets as a condition is nobody's age: « le dépistage est
// gratuit à partir de 50 ans », « dès 3 ans », « 60 ans et plus », "from
// age 50", "aged 65 and over". « un voisin de plus de 80 ans » still
// describes someone: only the words of a threshold count, not those of an
// estimate.

// ageThreshold: the number of years at token i is a threshold.
func (a *analysis) ageThreshold(i int) bool {
	toks := a.s.Toks
	norm := func(k int) string {
		if k < 0 || k >= len(toks) {
			return ""
		}
		return toks[k].Norm
	}
	switch {
	case norm(i-1) == "de" && norm(i-2) == "partir" && norm(i-3) == "a": // « à partir de 50 ans »
		return true
	case norm(i-1) == "des" && !strings.EqualFold(a.text[toks[i-1].Start:toks[i-1].End], "des"): // « dès 3 ans », not « Des 50 ans de l'asso »
		return true
	case norm(i-1) == "age" && norm(i-2) == "from": // "from age 50"
		return true
	}
	after := norm(i+2) + " " + norm(i+3)
	return after == "et plus" || after == "and over" || after == "and up" || after == "and older"
}
