package lexicon

import (
	"fmt"
	"slices"
	"testing"

	"tamis/library/classify/text"
)

// matches returns "i-end:val" for every entry of d found in s.
func matches(d *Dict, s string) []string {
	var sc text.Scanner
	sc.Reset(s, nil)
	var sent text.Sentence
	var out []string
	for sc.Next(&sent) {
		for i := range sent.Toks {
			d.EachMatch(sent.Toks, i, func(end int, val int32) {
				out = append(out, fmt.Sprintf("%d-%d:%d", i, end, val))
			})
		}
	}
	return out
}

// Entries of one or several words, and stems at the root and inside an
// entry, are found wherever they start; words that merely share a
// length and a first letter with an entry's next word are not.
func TestDictFindsEveryEntry(t *testing.T) {
	d := NewDict()
	d.Add("prise en charge", 1)
	d.Add("prise", 2)
	d.Add("diabet*", 3)
	d.Add("suivi psy*", 4)
	d.Add("en", 5)
	got := matches(d, "Prise en charge du diabète, suivi psychologique, prise EN CHARGE, prise et chargé")
	want := []string{"0-1:2", "0-3:1", "1-2:5", "4-5:3", "5-7:4", "7-8:2", "7-10:1", "8-9:5", "10-11:2"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
}
