package classify

import "testing"

// TestEvalGrayInternalMatters measures testdata/gray13: 272 gray values of ours
// (internal matters, drafts, partners that do not answer or may leave,
// incidents, money told vaguely, allusions, feedback, rumours, pending
// answers, the board, grants at stake, members counted, staff; minutes,
// SMS and e-mails, about 15 % in English) and 163 public look-alikes (a
// published report's figures, press news of a break-in, a public call
// for partners, generic questions, programmes, guides, laws). The set
// was written before the rules it measures (gray_affairs.go goneWrong,
// ownDecided, noLonger and the gray13 vocabulary), then read while
// writing them: it guards against regressions.
func TestEvalGrayInternalMatters(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/gray13", "gray13 set"))
	m.check(t, "gray13 set", grayInternalMattersFloor)
}

// grayInternalMattersFloor is a little around the set's figures: gray values 84.2 %
// flagged at main ab4affc, 96.0 % after; public values 30.1 % flagged and
// 11.0 % blocked, unchanged by the rules (most are blocks of other rules
// on « déficit », « arrêt maladie », « rupture conventionnelle », and
// doubts on generic questions and on news a local body reports).
//
// After review (2 December 2026, 03:00): a matter gone wrong needs a word
// of ours or one of our matters (a reviewer's 293 public sentences in the
// same words had 79 newly doubted: « Le mur de Berlin est tombé », « le
// colis n'est pas arrivé »), and the question-for-anyone frame was taken
// out (56 of 343 internal sentences asked as questions lost their doubt).
// The set fell from 96.0 % to 91.9 %: the floor follows, on purpose.
var grayInternalMattersFloor = bounds{riskyBlocked: 0, sensitiveCat4: 0, okBlocked: 12, okFlagged: 31, grayFlagged: 91}
