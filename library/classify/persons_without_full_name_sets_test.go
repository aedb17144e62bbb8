package classify

import "testing"

// TestEvalPersonsWithoutFullName measures the two sets of testdata/risky12, written by
// hand on 1 December 2026 (night) before reading the rules, for persons
// pointed at without a full name (descriptions, initials, nicknames,
// credentials told in a sentence, debts, a speaker's or an author's
// private life) and their public look-alikes. The sets were read while
// writing the rules they measure: the floors guard against regressions,
// they say nothing of unseen text.
func TestEvalPersonsWithoutFullName(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/risky12", "risky12 sets"))
	m.check(t, "risky12 sets", personsWithoutFullNameFloor)
}

// personsWithoutFullNameFloor is a little below the sets' figures after the rules
// written from them (88.5 % of risky values blocked, 92.0 % of sensitive
// ones as category 4, 14.4 % of public values blocked, 28.1 % flagged
// before; 94.6, 97.7, 14.4 and 28.1 after). The public look-alikes were
// written hard (an author's public reading beside the same author's stay
// in care) and are blocked or flagged by rules older than the set; the
// gray bound is unused (no gray value). Since the learned check learned
// from train16 (2 December, afternoon), one public look-alike more is
// blocked by it (15.1 %), for nineteen risky values of the held-out files
// that it blocks.
var personsWithoutFullNameFloor = bounds{riskyBlocked: 94, sensitiveCat4: 97, okBlocked: 16, okFlagged: 30, grayFlagged: 0} // 29.5 % flagged since a made-up case that names someone is a doubt (invented_case.go)
