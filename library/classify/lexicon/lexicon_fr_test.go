package lexicon

import (
	"strings"
	"testing"
)

// The embedded lexicons are present, folded, and read as the script wrote
// them: a missing or damaged file would silently turn the name rules back
// to the hand lists.
func TestFrenchLexiconsAreLoaded(t *testing.T) {
	w := loadFrenchWords()
	if n := strings.Count(w.data, "\n"); n < 300000 {
		t.Fatalf("French words: %d entries, want the ~323,000 of an-array-of-french-words", n)
	}
	if !w.has("a") || !w.has("zythum") {
		t.Error("the first or the last word of the list is not found")
	}
	for _, word := range []string{"relancer", "famille", "fontaine", "deja", "oeuvre"} {
		if !w.has(word) {
			t.Errorf("%q missing from the French words", word)
		}
	}
	for _, word := range []string{"vandenberghe", "bouzid", "", "zzzz"} {
		if w.has(word) {
			t.Errorf("%q found among the French words", word)
		}
	}
	c := loadCommunes()
	montbard, _ := CommunePopulation("montbard")
	smh, _ := CommunePopulation("saint-martin-d'heres")
	if n := strings.Count(c.data, "\n"); n < 34000 || montbard == 0 || smh == 0 {
		t.Fatalf("communes: %d entries, montbard=%d, saint-martin-d'heres=%d", n, montbard, smh)
	}
	if _, ok := CommunePopulation("vandenberghe"); ok {
		t.Error("a surname found among the communes")
	}
}

// zxcvbn's two lists are swapped in its package: the surnames come from
// its "firstnames" file, and a surname that is a French word stays out.
func TestZxcvbnSurnamesJoinTheSurnames(t *testing.T) {
	z := LoadWords(Data, "data/lastnames_zxcvbn.txt")
	if len(z) < 8000 {
		t.Fatalf("zxcvbn surnames: %d, want about 8,900", len(z))
	}
	for _, s := range []string{"abadie", "abitbol", "bouzid"} {
		if !z[s] {
			t.Errorf("surname %q missing", s)
		}
	}
	for _, s := range []string{"adriano", "aedan", "abdoulaye", "fontaine", "boulanger"} {
		if z[s] {
			t.Errorf("%q is a first name or a French word, not a zxcvbn surname to add", s)
		}
	}
}

// BenchmarkLexiconLoad is what the first classification of a process
// pays, unless New has already warmed the lexicons in the background.
func BenchmarkLexiconLoad(b *testing.B) {
	for b.Loop() {
		loadFrenchWords()
		loadCommunes()
	}
}
