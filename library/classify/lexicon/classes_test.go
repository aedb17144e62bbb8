package lexicon

import (
	"strconv"
	"strings"
	"testing"

	"tamis/library/classify/text"
)

// Every word of the builder is found with its classes and its node, and
// nothing else is: not a prefix, not a longer word, not a word of the
// same length and first letter. The empty word and a word too long for
// a slot are kept too.
func TestClassesFindEveryWordAndNoOther(t *testing.T) {
	long := strings.Repeat("a", maxKey+1)
	b := ClassBuilder{}
	b.Add(WordSet{"le": true, "martin": true, "": true, long: true}, 1)
	b.Add(WordSet{"martin": true, "vélo": true}, 150)
	d := NewDict()
	d.Add("martin pecheur", 7)
	words := LoadWords(Data, "data/lastnames.txt") // thousands of words: collisions happen
	b.Add(words, 3)
	cl := b.Build(d)
	for w := range words {
		if !cl.Lookup(w).Cls.Has(3) {
			t.Fatalf("%q not found", w)
		}
	}
	m := cl.Lookup("martin")
	if !m.Cls.Has(1) || !m.Cls.Has(150) || m.Root == nil {
		t.Fatalf("martin: %+v", *m)
	}
	for _, w := range []string{"", long, "le"} {
		if !cl.Lookup(w).Cls.Has(1) {
			t.Errorf("%.10q not found", w)
		}
	}
	for _, w := range []string{"l", "lee", "mart", "martine", "marton", long + "a", "zzzzzz"} {
		if got := *cl.Lookup(w); got != (WordInfo{}) && !words[w] {
			t.Errorf("%.10q found: %+v", w, got)
		}
	}
	for k := range 1 << 21 { // enough for the 16-bit fingerprints to collide, often
		if w := "zq" + strconv.Itoa(k); *cl.Lookup(w) != (WordInfo{}) {
			t.Fatalf("%q found", w)
		}
	}
	var none text.ClassSet
	if cl.Lookup("pecheur").Cls != none {
		t.Error("a word that only continues an entry has classes")
	}
}
