package tui

import "testing"

func TestFitLines(t *testing.T) {
	cases := []struct {
		in     string
		height int
		want   string
	}{
		{"a", 1, "a"},
		{"a", 3, "a\n\n"},
		{"a\nb\nc", 2, "a\nb"},
		{"a\nb\n", 2, "a\nb"},
		{"", 2, "\n"},
		{"a\nb", 0, ""},
	}
	for _, c := range cases {
		if got := fitLines(c.in, c.height); got != c.want {
			t.Errorf("fitLines(%q, %d) = %q, want %q", c.in, c.height, got, c.want)
		}
	}
}
