package text

import "testing"

// A class added and removed leaves the others in place, across the
// words of the set (classes 3, 70 and 255 sit in three of them).
func TestClassSetAddRemove(t *testing.T) {
	var s ClassSet
	for _, c := range []Class{3, 70, 255} {
		s.Add(c)
	}
	s.Remove(70)
	if !s.Has(3) || s.Has(70) || !s.Has(255) {
		t.Fatalf("after Remove(70): %v", s)
	}
	s.Remove(70) // removing an absent class changes nothing
	if !s.Has(3) || !s.Has(255) {
		t.Fatalf("after a second Remove(70): %v", s)
	}
}
