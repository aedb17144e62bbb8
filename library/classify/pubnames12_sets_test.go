package classify

import "testing"

// TestEvalPubnames12 measures the two sets of testdata/pubnames12, written
// by hand on 1 December 2026 (late evening) for public text blocked
// because it names someone (characters, historical persons, quoted
// public voices, public figures at events) and for the look-alikes with
// real persons in the same frames. The sets were read while writing the
// rules they measure: they guard against regressions, not quality on
// unseen text.
func TestEvalPubnames12(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/pubnames12", "pubnames12 sets"))
	m.check(t, "pubnames12 sets", pubnames12Floor)
}

// pubnames12Floor is a little below the sets' figures after the rules
// written from them (98.0 % of look-alikes blocked, 91.6 % of sensitive
// ones as category 4, 39.0 % of public values blocked and 43.9 % flagged
// before; 98.7, 92.4, 27.8 and 32.7 after).
var pubnames12Floor = bounds{riskyBlocked: 98, sensitiveCat4: 91, okBlocked: 29, okFlagged: 34, grayFlagged: 0}
