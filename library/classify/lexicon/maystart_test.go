package lexicon

import (
	"testing"

	"tamis/library/classify/text"
)

// MayStart is a filter in front of EachMatch: it may say yes for a word
// that starts no entry, never no for one that does.
func TestMayStartNeverHidesAnEntry(t *testing.T) {
	d := NewDict()
	d.Add("Les Jardins Partagés", 1)
	d.Add("projet Phénix", 2)
	d.Add("diabet*", 3)
	d.Add("ab*", 4) // a stem shorter than a stem key lives at the root
	var sc text.Scanner
	sc.Reset("Le projet Phénix des jardins, les Jardins partagés, un diabétique abonné, rien ici", nil)
	var s text.Sentence
	starts, refused := 0, 0
	for sc.Next(&s) {
		for i := range s.Toks {
			found := false
			d.EachMatch(s.Toks, i, func(int, int32) { found = true })
			may := d.MayStart(s.Toks[i].Norm)
			if found && !may {
				t.Errorf("%q starts an entry, MayStart says no", s.Toks[i].Norm)
			}
			if found {
				starts++
			}
			if !may {
				refused++
			}
		}
	}
	if starts != 4 {
		t.Errorf("%d entries found, want 4", starts)
	}
	if refused == 0 {
		t.Error("MayStart filters no word at all")
	}
}

// MaySig is a filter in front of MayStart: false only where MayStart is
// false, on a list with stems and on one without.
func TestMaySigNeverHidesAStart(t *testing.T) {
	plain, stems := NewDict(), NewDict()
	for _, d := range []*Dict{plain, stems} {
		d.Add("Les Jardins Partagés", 1)
		d.Add("projet Phénix", 2)
	}
	stems.Add("diabet*", 3)
	words := []string{"les", "le", "projet", "projets", "phenix", "diabetique", "diabete", "jardins", "rien", "l", "x", "ab", "abonne", ""}
	for _, d := range []*Dict{plain, stems} {
		refused := 0
		for _, w := range words {
			if !d.MaySig(w) {
				refused++
				if d.MayStart(w) {
					t.Errorf("MaySig refuses %q, which MayStart lets through", w)
				}
			}
		}
		if d == plain && refused == 0 {
			t.Error("MaySig refused nothing on a list without stems: the test reads nothing")
		}
	}
}
