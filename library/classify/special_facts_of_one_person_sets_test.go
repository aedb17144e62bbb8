package classify

import "testing"

// TestEvalSpecialFactsOfOnePerson measures testdata/special14, written by hand on 2
// December 2026 before the rules that read it: special-category facts
// about one person told in everyday words (a treatment, a prison, papers,
// a fast, a party card, a union, a couple, a transition, a scan, a gene),
// and the same topics said in general. The sets were read while writing
// the rules they measure: the floors guard against regressions.
func TestEvalSpecialFactsOfOnePerson(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/special14", "special14 sets"))
	m.check(t, "special14 sets", specialFactsOfOnePersonFloor)
}

// specialFactsOfOnePersonFloor is a little below the sets' figures after the rules
// written from them. On arrival (main at 66f48f4): 98.1 % of sensitive
// values blocked, 89.9 % as category 4, 30.4 % of look-alikes blocked
// and 32.3 % flagged; after: 98.7, 96.4, 24.7 and 26.6. The look-alikes
// still blocked are special words with no person, held by the precaution
// of special.go addSpecial (a leaflet's advice to « votre médecin », a
// definition with a relative clause, a prison that recruits); the gray
// bound is unused (no gray value).
var specialFactsOfOnePersonFloor = bounds{riskyBlocked: 98.5, sensitiveCat4: 96, okBlocked: 25, okFlagged: 27, grayFlagged: 0}
