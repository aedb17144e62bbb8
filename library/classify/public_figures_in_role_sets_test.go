package classify

import "testing"

// TestEvalPublicFiguresInRole measures the two sets of testdata/pubfig13, written by
// hand on 2 December 2026 for public text blocked because it names a
// public figure in a public role (an office holder's act, an athlete's
// result, an author's book), and for the private look-alikes written in
// the same frames (the same mayor with a health fact, a child's school,
// a debt; a member with a role of the association doing the same acts).
// The sets were read while writing the rules they measure: they guard
// against regressions, not quality on unseen text.
func TestEvalPublicFiguresInRole(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/pubfig13", "pubfig13 sets"))
	m.check(t, "pubfig13 sets", publicFiguresInRoleFloor)
}

// publicFiguresInRoleFloor is a little below the sets' figures. At the start 91.2 %
// of look-alikes blocked (21 not: 6 passed, among them a club president
// and « la conteuse de notre association » read as public roles), 98.2 %
// of sensitive ones as category 4, 27.7 % of public values blocked and
// 41.5 % flagged. Branch h13-pubfig brought the public values to 24.6 /
// 32.6 with frames that let public figures pass; a review found those
// frames let private sentences pass too (README), so they were not merged
// and only the mends that protect were kept: 92.9, 98.2, 27.7, 41.5. The
// bounds on public values are therefore those of main, not the branch's
// 25 / 33 first written here.
var publicFiguresInRoleFloor = bounds{riskyBlocked: 92, sensitiveCat4: 98, okBlocked: 28, okFlagged: 42, grayFlagged: 0}
