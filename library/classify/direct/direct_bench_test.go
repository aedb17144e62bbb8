package direct

import (
	"os"
	"strings"
	"testing"
)

// proseMB returns about 1 MB of French association prose, built from the
// sentences of testdata/direct_prose_fr.txt.
func proseMB(tb testing.TB) string {
	tb.Helper()
	data, err := os.ReadFile("testdata/direct_prose_fr.txt")
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.Write(data)
	}
	return b.String()
}

const value200 = "Bonjour, merci de rappeler Mme Caillaud au 06 12 34 56 78 ou par mail à c.caillaud@orange.fr " +
	"avant jeudi pour la distribution du samedi matin au 8 rue des Mésanges, 49000 Angers. Merci !"

func BenchmarkFindDirect(b *testing.B) {
	b.Run("value200", func(b *testing.B) {
		b.SetBytes(int64(len(value200)))
		for b.Loop() {
			Find(value200)
		}
	})
	b.Run("prose1MB", func(b *testing.B) {
		prose := proseMB(b)
		b.SetBytes(int64(len(prose)))
		b.ResetTimer()
		for b.Loop() {
			Find(prose)
		}
	})
}

// BenchmarkHostile runs the 10 MB hostile inputs through the direct
// detectors (the anonymisation's: classify.BenchmarkHostileAnonymize):
// the time per input must stay linear (the figures in MB/s stay those of
// ordinary text's order of magnitude).
func BenchmarkHostile(b *testing.B) {
	for name, gen := range hostileDirect {
		b.Run("direct/"+name, func(b *testing.B) {
			text := gen(10 << 20)
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Find(text)
			}
		})
	}
}
