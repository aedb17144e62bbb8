package tui

import (
	"testing"
)

// Two filterings run at once and the older one lands last: the list keeps
// the matches of the filter as typed.
func TestStaleMatchesAreDropped(t *testing.T) {
	h := newHarness(t, 100, 30)
	h.keys("/")
	next, older := h.m.Update(keyMsg("p")) // matches every template
	h.m = next.(Model)
	h.keys("l", "a", "n") // their filterings land first
	want := len(h.m.browse.list.VisibleItems())
	if want == 0 || want == len(testTemplates()) {
		t.Fatalf("%d matches for « plan »", want)
	}
	h.run(older, 0) // then the matches of « p »
	if got := len(h.m.browse.list.VisibleItems()); got != want {
		t.Fatalf("%d templates shown after the stale matches of « p », want %d", got, want)
	}
	h.mustSee("1 modèle sur 3")
}
