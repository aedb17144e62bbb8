package classify

import "testing"

// TestEvalIdentifiersAndCodes measures the two sets of testdata/ids14, written by hand
// on 2 December 2026 before reading the rules, for credentials, postal
// addresses, handles, plates, phones, identifiers, SIRETs, photos and
// positions of persons, and their public look-alikes. The sets were read
// while writing the rules they measure: the floors guard against
// regressions, they say nothing of unseen text.
func TestEvalIdentifiersAndCodes(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/ids14", "ids14 sets"))
	m.check(t, "ids14 sets", identifiersAndCodesFloor)
}

// identifiersAndCodesFloor is a little below the sets' figures after the rules written
// from them (90.7 % of risky values blocked, 83.0 % of sensitive ones as
// category 4, 18.3 % of public values blocked, 30.7 % flagged on arrival;
// 96.5, 95.7, 10.5 and 22.9 after). The public look-alikes still blocked
// are so by older rules (a public building's address in digits, a
// famous pseudonym's full name, an invented address); the gray bound is
// unused (no gray value). The risky floor is 95, not 96: the handles in
// brackets after their network were reverted after a read-only review
// (they blocked museums' and councils' official accounts), which takes
// the set to 95.7 %. The learned check (learned.go) blocks one more
// public value: public blocked 10.5 → 11.1 %, flagged 22.9 → 23.5 %.
var identifiersAndCodesFloor = bounds{riskyBlocked: 95, sensitiveCat4: 95, okBlocked: 11.2, okFlagged: 23.6, grayFlagged: 0}
