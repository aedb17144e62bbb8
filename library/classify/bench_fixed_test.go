package classify

import (
	"testing"

	"tamis/library/classify/lexicon"
)

// fixedCostLines are values on which no rule finds anything: what they
// cost is the per-value work every classification pays (preparing the
// text, the byte scan, cutting and tagging the sentence, the stages'
// dispatch), the floor under the batch check of short lines.
var fixedCostLines = []struct{ name, text string }{
	{"empty", ""},
	{"one-word", "bonjour"},
	{"clean-70B", "les bénévoles se retrouvent le samedi matin pour préparer les colis"},
	{"capital-70B", "Les bénévoles se retrouvent le samedi matin pour préparer les colis."},
}

// BenchmarkClassifyFixedCost classifies one clean value over and over:
// its caches stay warm, so the figure is a floor, below the short-lines
// benchmark's cost per line.
func BenchmarkClassifyFixedCost(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	lexicon.Warm()
	for _, l := range fixedCostLines {
		if r := c.Classify(l.text); len(r.Findings) > 0 {
			b.Fatalf("%q is no longer clean: %+v", l.text, r.Findings)
		}
		b.Run(l.name, func(b *testing.B) {
			b.SetBytes(int64(len(l.text)))
			b.ReportAllocs()
			for b.Loop() {
				c.Classify(l.text)
			}
		})
	}
}
