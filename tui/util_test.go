package tui

import (
	"testing"

	"tamis/library/classify"
)

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

func TestFieldOfPicksTheLargestOverlap(t *testing.T) {
	places := []namedSpan{{"Nom asso", 0, 16}, {"mission", 30, 70}}
	cases := []struct {
		f    classify.Finding
		want string
	}{
		{classify.Finding{Start: 18, End: 60}, "mission"}, // starts in the template's words
		{classify.Finding{Start: 2, End: 8}, "Nom asso"},
		{classify.Finding{Start: 17, End: 29}, ""}, // template text only
	}
	for _, c := range cases {
		if got := fieldOf(places, c.f); got != c.want {
			t.Errorf("fieldOf(%d-%d) = %q, want %q", c.f.Start, c.f.End, got, c.want)
		}
	}
	if got := fieldHolding(map[string]string{"b": "Mme Dupont", "a": "Mme Dupont"}, "Dupont"); got != "a" {
		t.Errorf("fieldHolding = %q, want the first name in order", got)
	}
}
