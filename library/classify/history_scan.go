package classify

import "tamis/library/classify/lexicon"

// historyDated reads thirty words around every name for a death, an
// execution, a century or an old year, three word sets and two parsers
// a word: most words are none of them. historyCue answers for all at
// once: one look-up, and a test of the first byte for a year.

// historyCueWords are the words of historyDated's word cases.
var historyCueWords = func() lexicon.WordSet {
	out := lexicon.WordSet{}
	for _, set := range []lexicon.WordSet{deathWords, executionWords, centuryWords} {
		for w := range set {
			out[w] = true
		}
	}
	return out
}()

// historyCue: a case of historyDated may hold at the word n: a word of
// its sets (oldCentury starts at a century word), or a year (oldYearAt
// reads four digits from 1000, alone or before « s »).
func historyCue(n string) bool {
	return n != "" && n[0] >= '1' && n[0] <= '9' || historyCueWords[n]
}
