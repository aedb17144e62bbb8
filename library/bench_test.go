package library

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// bigLibrary builds a file of n templates shaped like the default ones.
func bigLibrary(tb testing.TB, n int) []byte {
	tb.Helper()
	one, err := os.ReadFile("testdata/typical.md")
	if err != nil {
		tb.Fatal(err)
	}
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Replace(string(one), "PROMPT-005", fmt.Sprintf("PROMPT-%05d", i+1), 1))
		b.WriteString("\n")
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	for _, c := range []struct {
		name string
		n    int // templates; 0 for the file as is
	}{{"typical", 0}, {"10000", 10000}} {
		b.Run(c.name, func(b *testing.B) {
			data, err := os.ReadFile("testdata/typical.md")
			if err != nil {
				b.Fatal(err)
			}
			if c.n > 0 {
				data = bigLibrary(b, c.n)
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse("bench.md", data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkFormat(b *testing.B) {
	data, _ := os.ReadFile("testdata/typical.md")
	ts, err := Parse("bench.md", data)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(Format(ts[0]))))
	b.ReportAllocs()
	for b.Loop() {
		_ = Format(ts[0])
	}
}

func BenchmarkFill(b *testing.B) {
	data, _ := os.ReadFile("testdata/typical.md")
	ts, err := Parse("bench.md", data)
	if err != nil {
		b.Fatal(err)
	}
	values := map[string]string{}
	for _, v := range ts[0].Variables {
		values[v.Name] = "une valeur saisie par une personne bénévole"
	}
	b.SetBytes(int64(len(ts[0].Context) + len(ts[0].Prompt)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ts[0].Fill(values); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNormalize(b *testing.B) {
	inputs := map[string]string{
		"ascii":  "presentation de l'association pour le site web",
		"french": "Présentation de l'Association : réseaux sociaux, événement, bénévoles",
	}
	for name, s := range inputs {
		b.Run(name+"/table", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = Normalize(s)
			}
		})
		b.Run(name+"/xtext", func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			b.ReportAllocs()
			for b.Loop() {
				_ = normalizeXText(s)
			}
		})
	}
}
