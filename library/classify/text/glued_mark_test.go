package text

import (
	"strings"
	"testing"
)

// A '!' or '?' between two letters or digits is inside a password or a
// code (« Velo!2026 »), not the end of a sentence; after a word and
// before a space it still ends one.
func TestGluedMarkDoesNotCutTheSentence(t *testing.T) {
	got := sentences("mdp : Velo!2026 ou Scene?Open. Super ! Merci!", nil)
	want := []string{"mdp velo 2026 ou scene open", "super", "merci"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}
