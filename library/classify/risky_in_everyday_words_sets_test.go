package classify

import "testing"

// TestEvalRiskyInEverydayWords measures the two sets of testdata/risky11, written by
// hand on 1 December 2026 (evening) for the two fronts the unread sets
// showed: health told in everyday words and persons pointed at without
// a full name (risky-everyday), and the public look-alikes of both
// (public-lookalikes). Their misses are logged; the floors guard against
// regressions. The sets were read while writing the rules they measured,
// so they measure regressions, not quality on unseen text.
func TestEvalRiskyInEverydayWords(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/risky11", "risky11 sets"))
	m.check(t, "risky11 sets", riskyInEverydayWordsFloor)
}

// riskyInEverydayWordsFloor is a little below the sets' figures after the rules
// written from them (93.7 % of risky values blocked, 79.8 % of sensitive
// ones as category 4, 6.2 % of public values blocked, 15.6 % flagged,
// 93.3 % of gray flagged before; 96.9, 93.1, 7.8, 16.4 and 93.3 after).
var riskyInEverydayWordsFloor = bounds{riskyBlocked: 96, sensitiveCat4: 92, okBlocked: 9, okFlagged: 18, grayFlagged: 90}
