package tui

import (
	"testing"

	"tamis/library/classify"
)

// markedStyles marks the offending parts with ⟦ ⟧, visible whatever the
// colour profile (a Transform applies even without colours).
func markedStyles() Styles {
	s := DefaultStyles()
	s.Offending = s.Offending.Transform(func(t string) string { return "⟦" + t + "⟧" })
	return s
}

func TestHighlight(t *testing.T) {
	blocked := func(start, end int) classify.Finding {
		return classify.Finding{Verdict: classify.Blocked, Start: start, End: end}
	}
	cases := []struct {
		name  string
		value string
		fs    []classify.Finding
		want  string
	}{
		{"none", "bonjour", nil, "bonjour"},
		{"two spans", "a@b.fr et c@d.fr", []classify.Finding{blocked(0, 6), blocked(10, 16)}, "⟦a@b.fr⟧ et ⟦c@d.fr⟧"},
		{"ok is not offending", "Les Amis", []classify.Finding{{Verdict: classify.OK, Start: 0, End: 8}}, "Les Amis"},
		{"overlap skipped", "abcdef", []classify.Finding{blocked(0, 4), blocked(2, 6)}, "⟦abcd⟧ef"},
		{"bad offsets skipped", "abc", []classify.Finding{blocked(2, 9), blocked(2, 2)}, "abc"},
	}
	for _, c := range cases {
		if got := highlight(markedStyles(), c.value, c.fs); got != c.want {
			t.Errorf("%s: highlight = %q, want %q", c.name, got, c.want)
		}
	}
}
