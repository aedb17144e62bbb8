package lexicon

import (
	"slices"
	"testing"
)

// FirstWords gives the first folded word of every entry, and refuses when
// an entry starts with a stem: a stem matches words it does not spell.
func TestFirstWordsOfTheEntries(t *testing.T) {
	d := NewDict()
	d.Add("Les Jardins Partagés", 1)
	d.Add("projet Phénix", 2)
	d.Add("Phénix", 2)
	words, ok := d.FirstWords()
	slices.Sort(words)
	if !ok || !slices.Equal(words, []string{"les", "phenix", "projet"}) {
		t.Errorf("FirstWords = %q, %v; want les, phenix, projet", words, ok)
	}
	d.Add("diabet* sévère", 3)
	if words, ok := d.FirstWords(); ok {
		t.Errorf("a stem starts an entry: FirstWords = %q, true; want false", words)
	}
}
