package library

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"", ""},
		{"deja simple", "deja simple"},
		{"Présentation", "presentation"},
		{"VALIDÉ", "valide"},
		{"Élève à l'école, garçon, naïf, où, ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "eleve a l'ecole, garcon, naif, ou, aaaceeeeiioouuuy"},
		{"cœur, Œuvre, ex æquo, Straße", "coeur, oeuvre, ex aequo, strasse"},
		{"e\u0301te\u0301 décomposé", "ete decompose"},
		{"Ελληνικά", "ελληνικα"},
		{"Ắ", "a"},
		{"日本", "日本"},
		{"nbsp\u00a0ici", "nbsp\u00a0ici"},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// normalizeXText is the x/text pipeline the table reproduces; it is kept
// here as the reference and for the benchmark.
func normalizeXText(s string) string {
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, _ := transform.String(t, s)
	return strings.ToLower(out)
}

// TestNormalizeMatchesXText compares with x/text on every Latin letter
// except the ligatures, which Normalize spells out on purpose.
func TestNormalizeMatchesXText(t *testing.T) {
	for r := rune(0x20); r < 0x250; r++ {
		if r >= 0x7f && r < 0xa0 {
			continue
		}
		if _, lig := ligatures[r]; lig {
			continue
		}
		s := string(r)
		if got, want := Normalize(s), normalizeXText(s); got != want {
			t.Errorf("U+%04X %q: Normalize %q, x/text %q", r, s, got, want)
		}
	}
}

func TestNormalizeASCIIDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() { _ = Normalize("presentation de l'association") })
	if allocs != 0 {
		t.Fatalf("%v allocations", allocs)
	}
}
