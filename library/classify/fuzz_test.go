package classify

import (
	"os"
	"strings"
	"testing"

	"tamis/library/classify/direct"
)

// fuzzSeeds are the starting corpus of both fuzz targets: the public sample
// phrasings, identifiers of every kind, and awkward bytes.
func fuzzSeeds(f *testing.F) {
	seeds := []string{
		"", "@", "+", "0", "06 12 34 56 78", "+33 (0)6 12 34 56 78", "jean.dupont@gmail.com",
		"chez Mme Caillaud, 8 rue des Mésanges à Angers", "NIR 2 93 07 59 350 144 96",
		"FR76 1660 6100 1400 2365 4781 229", "4111 1111 1111 1111", "né le 12/03/1987",
		"Le scooter immatriculé DX-771-HF", "mdp : Soleil2024!", "linkedin.com/in/jdupont @marie",
		"Passeport n° 19AB12345", "-----BEGIN RSA PRIVATE KEY-----\nx\n-----END RSA PRIVATE KEY-----",
		"[TÉLÉPHONE_00 06 12 34 56 78", "Personne_00 Mme Ouedraogo", "\xff\xfe\x00é\xc3",
		"Inscription camp d'été : Noah Perrin, 30/06/2011", "Gilles V. est sous traitement pour une hepatite C",
		// hidden characters and typography (prepare.go)
		"Mme Nguyen est diabé\u200btique", "NIR 1\u00a085\u202f05\u2009 78  006\t084 36", "０６ １２ ３４ ５６ ７８",
		"\x1b[31mJean Dupont\x1b[0m \x1b]0;t\x07", "a \u200b \u00ad b\u200d", "\U000E0041\U000E0042x\ufeff",
		"contact_001@anonyme.fr et a@b.fr contact_002@anonyme.invalid", "\u009b2J\u0085\u2028",
	}
	if data, err := os.ReadFile("direct/testdata/direct_prose_fr.txt"); err == nil {
		seeds = append(seeds, strings.Split(string(data), "\n")...)
	}
	for _, s := range seeds {
		f.Add(s)
	}
}

// runeBoundaries marks the offsets where a rune starts as decoding sees
// them, plus len(text). For valid UTF-8 it is utf8.RuneStart; a stray
// continuation byte of invalid UTF-8 is a rune of its own (U+FFFD).
func runeBoundaries(text string) []bool {
	b := make([]bool, len(text)+1)
	for i := range text {
		b[i] = true
	}
	b[len(text)] = true
	return b
}

// checkFindings verifies the span contract of a finding list.
func checkFindings(t *testing.T, text string, fs []Finding) {
	t.Helper()
	bounds := runeBoundaries(text)
	for k, f := range fs {
		if f.Start < 0 || f.Start >= f.End || f.End > len(text) {
			t.Fatalf("%q: finding %+v out of bounds", text, f)
		}
		if !bounds[f.Start] || !bounds[f.End] {
			t.Fatalf("%q: finding %+v not on rune boundaries", text, f)
		}
		if k > 0 && fs[k-1].Start > f.Start {
			t.Fatalf("%q: findings not sorted", text)
		}
		if f.Reason == "" || f.Rule == "" {
			t.Fatalf("%q: finding %+v without rule or reason", text, f)
		}
	}
}

// FuzzFindDirect exercises the direct detectors and their anonymisation
// alone, so that they can be fuzzed while the engine is being edited.
func FuzzFindDirect(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		fs := direct.Find(text)
		checkFindings(t, text, fs)
		out, m := anonymizeFindings(text, fs)
		if back := Restore(out, m); back != text {
			t.Fatalf("Restore(%q) = %q, want %q", out, back, text)
		}
	})
}

func FuzzClassify(f *testing.F) {
	fuzzSeeds(f)
	c := New(Rules{Allow: []string{"contact@asso.fr"}, Deny: []string{"Projet Phénix"}})
	f.Fuzz(func(t *testing.T, text string) {
		r := c.Classify(text)
		checkFindings(t, text, r.Findings)
		for _, f := range r.Findings {
			if f.Verdict > r.Verdict || f.Category > r.Category {
				t.Fatalf("%q: result %v/%v below finding %+v", text, r.Category, r.Verdict, f)
			}
		}
	})
}

func FuzzAnonymize(f *testing.F) {
	fuzzSeeds(f)
	c := New(Rules{})
	f.Fuzz(func(t *testing.T, text string) {
		out, m := c.Anonymize(text)
		if back := Restore(out, m); back != text {
			t.Fatalf("classifier: Restore(%q) = %q, want %q", out, back, text)
		}
	})
}
