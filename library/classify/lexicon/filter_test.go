package lexicon

import (
	"strconv"
	"strings"
	"testing"
)

// Every line of both lists passes its filter: the filter may only save
// a search whose answer is "no".
func TestLineFilterKeepsEveryLine(t *testing.T) {
	for _, l := range []struct {
		name string
		list sortedLines
		tab  bool
	}{{"French words", loadFrenchWords(), false}, {"communes", loadCommunes(), true}} {
		n := 0
		for line := range strings.Lines(l.list.data) {
			key := strings.TrimSuffix(line, "\n")
			if l.tab {
				key, _, _ = strings.Cut(key, "\t")
			}
			if _, ok := l.list.find(key, l.tab); !ok {
				t.Fatalf("%s: %q no longer found", l.name, key)
			}
			n++
		}
		if n < 30000 {
			t.Fatalf("%s: only %d lines read", l.name, n)
		}
	}
}

// Most words of neither list stop at the filter, without a search.
func TestLineFilterStopsMostMisses(t *testing.T) {
	for _, l := range []struct {
		name string
		list sortedLines
	}{{"French words", loadFrenchWords()}, {"communes", loadCommunes()}} {
		passed := 0
		for k := range 1000 {
			if l.list.filter.mayHold("vandenb" + strconv.Itoa(k)) {
				passed++
			}
		}
		if passed > 150 {
			t.Errorf("%s: %d of 1000 unknown words pass the filter", l.name, passed)
		}
	}
}

// Most words the lexicon does not hold stop at the bitset of Classes,
// before its slots.
func TestClassesFilterStopsMostUnknownWords(t *testing.T) {
	b := ClassBuilder{}
	b.Add(LoadWords(Data, "data/lastnames.txt"), 3)
	cl := b.Build(NewDict())
	passed := 0
	for k := range 10000 {
		if cl.known.mayHold(wordHash(cl.seed, "zq"+strconv.Itoa(k))) {
			passed++
		}
	}
	if passed > 1000 {
		t.Errorf("%d of 10000 unknown words pass the filter", passed)
	}
}
