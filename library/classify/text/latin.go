package text

import "unicode"

// French text is ASCII and Latin letters: what the scanner asks of each
// non-ASCII rune below latinSize (is it part of a word, a digit, upper
// case, its folded form) is computed once, from the same functions, so
// that a word with accents costs a table read instead of the unicode
// tables and the fold map.

// latinSize covers Latin-1, Latin Extended-A and B.
const latinSize = 0x250

// latinRune is what the scanner knows of one rune.
type latinRune struct {
	word, digit, upper bool
	fold               string // appendFolded's bytes for the rune
}

var latin = func() (t [latinSize]latinRune) {
	for r := rune(0); r < latinSize; r++ {
		t[r] = latinRune{
			word:  slowIsWordRune(r),
			digit: unicode.IsDigit(r),
			upper: unicode.IsUpper(r),
			fold:  string(slowAppendFolded(nil, r)),
		}
	}
	return t
}()
