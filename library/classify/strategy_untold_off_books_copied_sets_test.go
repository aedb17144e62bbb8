package classify

import "testing"

// TestEvalStrategyUntoldOffBooksCopied measures the two sets of testdata/strategy13,
// written by hand on 2 December 2026 (night) for kinds and phrasings of
// the association's confidential strategy that testdata/strategy12
// lacks (strategy.jsonl), and their public look-alikes
// (lookalikes.jsonl). The sets were read while writing the rules they
// measure: they guard against regressions, not quality on unseen text.
func TestEvalStrategyUntoldOffBooksCopied(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/strategy13", "strategy13 sets"))
	m.check(t, "strategy13 sets", strategyUntoldOffBooksCopiedFloor)
}

// strategyUntoldOffBooksCopiedFloor is a little below the sets' figures after
// strategy_untold.go, strategy_off_books.go and strategy_copied.go
// (49.5 % of strategy values blocked, 47.7 % as category 4, 25.3 % of
// public look-alikes blocked and 37.0 % flagged before; 69.5, 67.3, 25.3
// and 37.0 after). The look-alikes blocked were all blocked before
// (README.md).
var strategyUntoldOffBooksCopiedFloor = bounds{riskyBlocked: 68, sensitiveCat4: 66, okBlocked: 27, okFlagged: 39}
