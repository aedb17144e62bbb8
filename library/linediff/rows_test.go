package linediff

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// A changed line sits beside what replaced it; a line only added has
// nothing on its left.
func TestRowsPairChanges(t *testing.T) {
	a := []string{"titre", "statut : brouillon", "fin"}
	b := []string{"titre", "statut : validé", "ajout", "fin"}
	got := Rows(Lines(a, b))
	want := []Row{
		{"titre", "titre", ' ', ' '},
		{"statut : brouillon", "statut : validé", '-', '+'},
		{"", "ajout", 0, '+'},
		{"fin", "fin", ' ', ' '},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("got %+v\nwant %+v", got, want)
	}
}

// Whatever the texts, the left column rebuilds the old text and the right
// one the new text.
func TestRowsRebuildBothTexts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	words := []string{"a", "b", "c"}
	for range 500 {
		a, b := randomLines(r, words), randomLines(r, words)
		var left, right []string
		for _, row := range Rows(Lines(a, b)) {
			if row.LeftKind != 0 {
				left = append(left, row.Left)
			}
			if row.RightKind != 0 {
				right = append(right, row.Right)
			}
		}
		if !slices.Equal(left, a) || !slices.Equal(right, b) {
			t.Fatalf("%q -> %q: left %q, right %q", a, b, left, right)
		}
	}
}
