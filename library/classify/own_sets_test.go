package classify

import (
	"path/filepath"
	"testing"
)

// TestEvalOwnPublicAndGray measures two sets written by hand for issue 7
// §4 (testdata/own): public texts that look risky (streets and rooms
// named after persons, public figures, campaigns, published contact and
// bank details…) and gray news not yet public (a grant that may drop, a
// partner that has not answered, tension on the board…). They were
// written to find false alarms and silent gray values by kind; their
// misses are logged, and the floors guard against regressions.
func TestEvalOwnPublicAndGray(t *testing.T) {
	var cases []evalCase
	for _, name := range []string{"public-lookalikes.jsonl", "gray-news.jsonl"} {
		cases = append(cases, readEval(t, filepath.Join("testdata/own", name))...)
	}
	m := measure(New(Rules{}), cases)
	m.check(t, "own public and gray sets", ownFloor)
}

// ownFloor is a little below the own sets' figures after the rules written
// from them (8.4 % of public values blocked, 19.4 % flagged, 63.3 % of
// gray values flagged when they were written; 1.3 %, 8.4 % and 95.0 %
// after): a regression guard. The sets were read while writing those
// rules, so they measure regressions, not quality on unseen text.
var ownFloor = bounds{riskyBlocked: 0, sensitiveCat4: 0, okBlocked: 3, okFlagged: 11, grayFlagged: 90}
