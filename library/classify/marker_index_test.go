package classify

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// A markerIndex answers as strings.Contains of each marker does, on
// texts built from the markers' own pieces, where near misses abound.
func TestMarkerIndexAnswersAsContains(t *testing.T) {
	markers := append([]string{"a", "cas fictif", "personnage invent", "fictional", "é"}, inventedMarkers...)
	x, y := newMarkerIndex(markers), newMarkerIndex(markers[1:])
	rng := rand.New(rand.NewPCG(3, 5))
	pieces := append([]string{" ", "ca", "fic", "tif", "s", "person", "nage", "é", "xyz"}, markers...)
	found := 0
	for range 5000 {
		var b strings.Builder
		for range 1 + rng.IntN(6) {
			p := pieces[rng.IntN(len(pieces))]
			b.WriteString(p[:rng.IntN(len(p)+1)])
		}
		s := b.String()
		want := false
		for _, m := range markers[1:] { // without "a", which nearly every text holds
			want = want || strings.Contains(s, m)
		}
		if got := y.in(s); got != want {
			t.Fatalf("%q: in says %v, Contains %v", s, got, want)
		}
		if want {
			found++
		}
		if !x.in(s) && strings.Contains(s, "a") {
			t.Fatalf("%q holds the one-byte marker", s)
		}
	}
	if found == 0 {
		t.Fatal("no text held a marker: the test reads nothing")
	}
}
