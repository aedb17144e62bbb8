package classify

import (
	"path/filepath"
	"sort"
	"testing"
)

// TestEvalPublicFiguresOwn measures a set written by hand for issue 7 §4
// (testdata/public6/own.jsonl), kind by kind: public texts naming modern
// French public figures, French spellings of foreign names, works and
// their characters, published statistics and places named after people;
// beside persons of the association who bear such a name and must stay
// blocked (kind "guard").
func TestEvalPublicFiguresOwn(t *testing.T) {
	cases := readEval(t, filepath.Join("testdata/public6", "own.jsonl"))
	byKind := map[string][]evalCase{}
	for _, c := range cases {
		byKind[c.Kind] = append(byKind[c.Kind], c)
	}
	kinds := make([]string, 0, len(byKind))
	for k := range byKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	c := New(Rules{})
	for _, k := range kinds {
		m := measure(c, byKind[k])
		t.Logf("%-16s %2d values: ok blocked %5.1f %%, ok flagged %5.1f %%, persons blocked %5.1f %%", k, len(byKind[k]),
			pct(m.okBlocked, m.n["ok"]), pct(m.okFlagged, m.n["ok"]), pct(m.riskyBlocked, m.n["personal"]+m.n["sensitive"]))
	}
	m := measure(c, cases)
	m.check(t, "public figures, own set", publicOwnFloor)
}

// publicOwnFloor guards the own set, written before any rule of this
// work: every person stays blocked, and the public texts keep what the
// rules gave them (27.6 % blocked and 39.7 % flagged before, 20.7 % and
// 29.3 % after; most of the rest name modern French figures that no kept
// list holds, French spellings of foreign names, or characters without a
// label).
var publicOwnFloor = bounds{riskyBlocked: 100, sensitiveCat4: 0, okBlocked: 22, okFlagged: 31, grayFlagged: 0}
