package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A list of first names typed in lower case, as a quick note is
// (« présents : sandrine, kevin, mohamed et la nouvelle »), names people
// all the same. names.go wants a capital or a context word before a
// lone first name; a list of two or more, each a first name that is no
// French word, is context enough.

// findNameList reports each first name of such a list.
func (a *analysis) findNameList() {
	toks := a.s.Toks
	for i := 0; i < len(toks); {
		j := a.nameListEnd(i)
		if j < 0 {
			i++
			continue
		}
		for k := i; k < j; k++ {
			if a.listedFirstName(k) && !a.nameCovers(k) {
				a.reportName(k, k+1)
			}
		}
		i = j
	}
}

// nameListEnd: tokens from i are first names joined by commas or « et »
// / "and", two names at least; it returns the end of the list or -1.
func (a *analysis) nameListEnd(i int) int {
	toks := a.s.Toks
	if !a.listedFirstName(i) {
		return -1
	}
	n, k := 1, i+1
	for k < len(toks) {
		if toks[k].Sep == ',' && a.listedFirstName(k) {
			n, k = n+1, k+1
			continue
		}
		if w := toks[k].Norm; (w == "et" || w == "and") && k+1 < len(toks) && a.listedFirstName(k+1) {
			n, k = n+1, k+2
			continue
		}
		break
	}
	if n < 2 {
		return -1
	}
	return k
}

// listedFirstName: a lower-case first name of the lists (not one that is
// also a word: « rose », « olive »), not explained already.
func (a *analysis) listedFirstName(k int) bool {
	t := a.s.Toks[k]
	return !t.Has(text.Cap) && t.Is(cFirst) && !t.Is(cAmbig) && !a.consumed[k] && !lexicon.IsFrenchWord(t.Norm)
}
