package classify

import (
	"strconv"

	"tamis/i18n"
	"tamis/library/classify/text"
)

// findCoordinates: a latitude and a longitude in decimal degrees with at
// least four decimals (« 47.2184, -1.5536 ») locate a point within about
// ten metres. Beside a home (« domicile », "home", « habite ») they are a
// person's address, blocked; alone they may be a public meeting point, so
// they are doubt: when in doubt, the volunteer checks.
func (a *analysis) findCoordinates() {
	toks := a.s.Toks
	for i := 0; i+3 < len(toks); i++ {
		if !toks[i].Has(text.Digit) {
			continue // degreesAt's first test, without the two calls
		}
		j := a.coordinatesAt(i)
		if j == 0 {
			continue
		}
		if a.has(cAddressNoun) || a.has(cDwelling) {
			a.add(ruleGeolocation, i, j)
		} else {
			a.addAs(ruleGeolocation, Doubt, i, j,
				i18n.T("coordonnées GPS précises : à vérifier", "precise GPS coordinates: check"))
		}
		i = j - 1
	}
}

// coordinatesAt returns the end of « lat.dddd, lon.dddd » starting at
// token i, or 0: degrees within range, four decimals or more on each.
func (a *analysis) coordinatesAt(i int) int {
	toks := a.s.Toks
	if !degreesAt(toks, i, 90) || !degreesAt(toks, i+2, 180) {
		return 0
	}
	if sep := toks[i+2].Sep; sep != ',' && sep != ';' && sep != '/' && sep != '-' && sep != 0 {
		return 0
	}
	if i > 0 && text.Joined(toks, i, '.') || i+4 < len(toks) && text.Joined(toks, i+4, '.') {
		return 0 // a longer dotted number (a version, an address)
	}
	return i + 4
}

// degreesAt: token k holds whole degrees up to max, glued by a dot to a
// token of at least four decimals.
func degreesAt(toks []text.Token, k, max int) bool {
	if k+1 >= len(toks) || !toks[k].Has(text.Digit) || !toks[k+1].Has(text.Digit) ||
		!text.Joined(toks, k+1, '.') || len(toks[k+1].Norm) < 4 || len(toks[k+1].Norm) > 8 {
		return false
	}
	n, err := strconv.Atoi(toks[k].Norm)
	return err == nil && len(toks[k].Norm) <= 3 && n <= max
}
