package classify

import "testing"

// The embedded lexicons are present, folded, and read as the script wrote
// them: a missing or damaged file would silently turn the name rules back
// to the hand lists.
func TestFrenchLexiconsAreLoaded(t *testing.T) {
	w := loadFrenchWords()
	if n := len(w.offs); n < 300000 {
		t.Fatalf("French words: %d entries, want the ~323,000 of an-array-of-french-words", n)
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
	if len(c) < 34000 || c["montbard"] == 0 || c["saint-martin-d'heres"] == 0 {
		t.Fatalf("communes: %d entries, montbard=%d, saint-martin-d'heres=%d", len(c), c["montbard"], c["saint-martin-d'heres"])
	}
}

// zxcvbn's two lists are swapped in its package: the surnames come from
// its "firstnames" file, and a surname that is a French word stays out.
func TestZxcvbnSurnamesJoinTheSurnames(t *testing.T) {
	z := loadWords("data/lastnames_zxcvbn.txt")
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

func TestCommuneNamesSpanHyphensAndApostrophes(t *testing.T) {
	var sc sentScanner
	sc.text = "le club de Saint-Martin-d'Hères joue"
	var s sentence
	sc.next(&s)
	a := analysis{lex: sharedLexicon(), text: sc.text, s: s}
	end, pop := a.communeAt(3)
	if end != 7 || pop < 30000 {
		t.Fatalf("communeAt: end %d pop %d, want the four tokens of Saint-Martin-d'Hères", end, pop)
	}
	if end, _ := a.communeAt(0); end != 0 {
		t.Fatalf("communeAt(le) = %d, want 0", end)
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
