package classify

import (
	"strconv"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// GPS coordinates (« 47.2184, -1.5536 ») locate a door as well as a
// postal address does. Of a home or next to a person they are personal
// data (blocked as an address); alone, they are a meeting point for a
// hike or a monument, and pass.

var homeWords = lexicon.Words(lexicon.Data, "home_words")

// findCoordinates reports a latitude and a longitude written as decimal
// degrees, when the sentence speaks of a home or of a person.
func (a *analysis) findCoordinates() {
	toks := a.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		lat, j := a.degreesAt(i, 90)
		if j == 0 || j >= len(toks) {
			continue
		}
		lon, k := a.degreesAt(j, 180)
		if k == 0 || lat == "" || lon == "" || !a.aboutSomeone() {
			continue
		}
		a.addAs(rulePostalAddress, Blocked, i, k,
			i18n.T("coordonnées GPS d’un domicile ou d’une personne", "GPS coordinates of a home or a person"))
		return
	}
}

// degreesAt reads a number of degrees with three decimals or more
// (« 47.2184 », « -1.5536 ») from token i, at most max; it returns the
// number's text and the next token, or 0.
func (a *analysis) degreesAt(i int, max float64) (string, int) {
	toks := a.s.Toks
	if i+1 >= len(toks) || !toks[i].Has(text.Digit) || toks[i].Flags&text.Letter != 0 || len(toks[i].Norm) > 3 {
		return "", 0
	}
	frac := toks[i+1]
	if !text.Joined(toks, i+1, '.') || frac.Flags&text.Letter != 0 || len(frac.Norm) < 3 {
		return "", 0
	}
	s := a.text[toks[i].Start:frac.End]
	if toks[i].Start > 0 && a.text[toks[i].Start-1] == '-' {
		s = "-" + s
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v > max || v < -max {
		return "", 0
	}
	return s, i + 2
}

// aboutSomeone: the sentence names a home or holds a person.
func (a *analysis) aboutSomeone() bool {
	if len(a.names) > 0 || len(a.anchors) > 0 {
		return true
	}
	for _, t := range a.s.Toks {
		if t.Is(cDwelling) || homeWords[t.Norm] {
			return true
		}
	}
	return false
}
