package store

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library"
)

// benchTemplate is a realistic template: about 1 KiB of text, five variables.
func benchTemplate(n int) library.Template {
	t := sample(n, library.StatusValidated)
	if n%10 == 0 {
		t.Status = library.StatusDraft
	}
	t.Title = fmt.Sprintf("Publication pour l'événement numéro %d de l'association", n)
	t.Tags = []string{"communication", "événement", fmt.Sprintf("thème-%d", n%50)}
	t.Context = strings.Repeat("« [Nom asso] est une association loi 1901 créée en [année], qui anime des ateliers ouverts à tous. » ", 4)
	t.Prompt = strings.Repeat(fmt.Sprintf("Rédige un message de [X mots] pour [usage] annonçant l'atelier %d, sur un ton chaleureux. ", n), 4)
	return t
}

func benchTemplates(n int) []library.Template {
	ts := make([]library.Template, n)
	for i := range ts {
		ts[i] = benchTemplate(i + 1)
	}
	return ts
}

// benchStore returns a store holding 10,000 templates, built once per benchmark.
func benchStore(b *testing.B) *Store {
	b.Helper()
	s, err := open(filepath.Join(b.TempDir(), "tamis.db"), nil, lockTimeout)
	if err != nil {
		b.Fatal(err)
	}
	if _, _, err := s.Import(benchTemplates(10_000)); err != nil {
		b.Fatal(err)
	}
	return s
}

func BenchmarkList10k(b *testing.B) {
	s := benchStore(b)
	b.Run("Summaries", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if sums, err := s.Summaries(true); err != nil || len(sums) != 10_000 {
				b.Fatal(len(sums), err)
			}
		}
	})
	b.Run("List", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if ts, err := s.List(true); err != nil || len(ts) != 10_000 {
				b.Fatal(len(ts), err)
			}
		}
	})
}

func BenchmarkGet(b *testing.B) {
	s := benchStore(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Get("PROMPT-5000"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearch10k(b *testing.B) {
	s := benchStore(b)
	for _, q := range []string{"evenement 4242", "Atelier CHALEUREUX", "introuvable"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Search(q, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFilter10k is the TUI's filter keystroke: entries loaded once,
// filtered in memory.
func BenchmarkFilter10k(b *testing.B) {
	entries, err := benchStore(b).Entries(true)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		terms := Terms("Atelier 4242")
		n := 0
		for _, e := range entries {
			if e.Matches(terms) {
				n++
			}
		}
		if n != 1 {
			b.Fatal(n)
		}
	}
}

func BenchmarkEntries10k(b *testing.B) {
	s := benchStore(b)
	b.ReportAllocs()
	for b.Loop() {
		if es, err := s.Entries(true); err != nil || len(es) != 10_000 {
			b.Fatal(len(es), err)
		}
	}
}

func BenchmarkImport10k(b *testing.B) {
	ts := benchTemplates(10_000)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s, err := open(filepath.Join(b.TempDir(), "tamis.db"), nil, lockTimeout)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, _, err := s.Import(ts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRulesVersion is the cost of the TUI's freshness check before
// each final check (one read-only open, one 8-byte read), against reading
// the whole rules again, on a 10,000-template file with a profile and lists.
func BenchmarkRulesVersion(b *testing.B) {
	s := benchStore(b)
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier", "mission": strings.Repeat("ateliers ouverts ", 20)}); err != nil {
		b.Fatal(err)
	}
	if err := s.SetRules(Rules{Allow: []string{"Maison des associations"}, Deny: []string{"Projet Horizon", "Fondation X"}}); err != nil {
		b.Fatal(err)
	}
	b.Run("RulesVersion", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if v, err := s.RulesVersion(); err != nil || v == 0 {
				b.Fatal(v, err)
			}
		}
	})
	b.Run("VersionedClassifierRules", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, _, err := s.VersionedClassifierRules(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
