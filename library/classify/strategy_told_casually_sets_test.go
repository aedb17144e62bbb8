package classify

import "testing"

// TestEvalStrategyToldCasually measures the two sets of testdata/strategy12, written
// by hand on 1 December 2026 (night) for the kind of sensitive value that
// leaked most on the unread sets: the association's confidential
// strategy told casually (strategy.jsonl), and its public or gray
// look-alikes (lookalikes.jsonl). The sets were read while writing the
// rules they measure: they guard against regressions, not quality on
// unseen text.
func TestEvalStrategyToldCasually(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/strategy12", "strategy12 sets"))
	m.check(t, "strategy12 sets", strategyToldCasuallyFloor)
}

// strategyToldCasuallyFloor is a little below the sets' figures after the rules
// written from them (42.5 % of strategy values blocked, 40.4 % as
// category 4, 19.4 % of public look-alikes blocked, 27.4 % flagged, all
// gray values flagged before; 65.4, 62.3, 9.7, 16.9 and 100 after). The
// general-question frame (strategy_general.go) was taken out the same
// night, when a read-only review found 48 sentences it let pass or
// lowered (« a », the French verb, read as "a"; any statement opening
// on « Quelle », « Comment »), and generic phrases left the cues after a
// review of false alarms: now 64.0, 61.4, 18.5, 26.6 and 100.
var strategyToldCasuallyFloor = bounds{riskyBlocked: 62, sensitiveCat4: 59, okBlocked: 20, okFlagged: 28, grayFlagged: 90}
