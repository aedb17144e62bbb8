package store

import (
	"testing"
	"time"
)

// TestMergeCharter: each outcome of a charter merge on a real file, with
// the version and the journal it leaves.
func TestMergeCharter(t *testing.T) {
	const def, a1, a2, local = "# Défaut\n", "# Charte A\n", "# Charte A, revue\n", "# Charte d'ici\n"
	s := newStore(t, nil)
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	step := func(text string, want CharterMerge, wantVersion int) {
		t.Helper()
		got, err := s.MergeCharter(text, def, now)
		if err != nil || got != want {
			t.Fatalf("MergeCharter(%q) = %v, %v; want %v", text, got, err, want)
		}
		if v, _ := s.CharterVersion(); v != wantVersion {
			t.Fatalf("after %q: version %d, want %d", text, v, wantVersion)
		}
	}
	step(def, CharterSame, 1)       // the default on both sides
	step(a1, CharterTaken, 2)       // the default here: the folder's wins
	step(a1, CharterSame, 2)        // twice changes nothing
	step(a2, CharterTaken, 3)       // unchanged here since the last import
	step(a1, CharterLocalNewer, 3)  // an older charter of this laptop
	step(def, CharterLocalNewer, 3) // the default is older than any
	if err := s.SetCharter(local); err != nil {
		t.Fatal(err)
	}
	step("# Charte A, revue encore\n", CharterConflict, 4) // both changed
	if text, _ := s.Charter(); text != local {
		t.Fatalf("a conflict replaced the charter: %q", text)
	}
	j, _ := s.Journal()
	n := 0
	for _, e := range j {
		if e.Action == ActionCharterChanged {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("%d charter events, want the 2 merges taken", n)
	}
	for text, want := range map[string]bool{a1: true, a2: true, local: true, def: true, "# Inconnue\n": false} {
		if got, err := s.CharterKnown(text, def); err != nil || got != want {
			t.Errorf("CharterKnown(%q) = %v, %v", text, got, err)
		}
	}
}
