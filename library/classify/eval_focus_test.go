package classify

import (
	"os"
	"testing"
)

// The focused sets of 1 December 2026 (evening): five blind writers
// wrote 240 values each on one frontier — public texts that name people
// (characters, historical persons, officials, authors, speakers) against
// risky look-alikes in the same frames, and risky values that look
// harmless against public look-alikes. Three files were read to build
// the rules (testdata/dev9); one of each frontier was kept unread
// (testdata/holdout-focus) to tell whether the rules reach a writer
// nobody read. Neither set holds gray values.

// TestEvalDev9 measures the three focused files that were read.
func TestEvalDev9(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/dev9", "ninth development set (focused)"))
	m.check(t, "ninth development set", dev9Floor)
}

// dev9Floor is about three points below the figures after that evening's
// work (720 values: 93.2 / 82.9 / 43.9 / 52.6 on arrival, on main
// 7d29560; 96.8 / 95.9 / 31.8 / 37.9 at the end): a regression guard. Public values
// naming people are still blocked far above the target.
var dev9Floor = bounds{riskyBlocked: 93, sensitiveCat4: 92, okBlocked: 35, okFlagged: 41}

// TestEvalHoldoutFocus measures the two focused files kept unread; like
// TestEvalHoldout it logs figures only, never the misses.
func TestEvalHoldoutFocus(t *testing.T) {
	dir := "testdata/holdout-focus"
	if d := os.Getenv("TAMIS_HOLDOUT_FOCUS_DIR"); d != "" {
		dir = d
	}
	m := measure(New(Rules{}), readEvalDir(t, dir, "focused held-out set"))
	m.misses = nil
	m.check(t, "focused held-out set", holdoutFocusFloor)
}

// holdoutFocusFloor is about three points below the unread focused
// files' figures at the end of that evening (480 values: 92.8 / 78.4 /
// 33.0 / 43.0 on arrival; 93.2 / 81.6 / 30.0 / 37.0 at the end): a regression
// guard.
var holdoutFocusFloor = bounds{riskyBlocked: 90, sensitiveCat4: 78, okBlocked: 33, okFlagged: 40}
