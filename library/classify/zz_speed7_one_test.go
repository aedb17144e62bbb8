package classify

import (
	"testing"

	"tamis/library/classify/lexicon"
)

func BenchmarkSpeed7One(b *testing.B) {
	c := New(Rules{Allow: []string{"Les Jardins Partagés"}, Deny: []string{"projet Phénix"}})
	lexicon.Warm()
	for _, s := range []string{"", "a", "bonjour", "les bénévoles se retrouvent le samedi matin pour préparer les colis du mois", "Les bénévoles se retrouvent le samedi matin pour préparer les colis du mois."} {
		b.Run("", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				c.Classify(s)
			}
		})
	}
}
