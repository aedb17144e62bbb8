package library

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize folds s for matching: lower case, accents removed, so that a
// volunteer typing "presentation" finds "Présentation" and "Statut : Validé"
// reads as "valide". Ligatures are spelled out (œ → oe, æ → ae, ß → ss), as a
// French reader types them.
//
// Plain lower-case ASCII, by far the common case, is returned as is without
// allocating; Latin letters use a table built once from Unicode
// decompositions; anything else is decomposed with x/text's NFD.
func Normalize(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return normalizeFrom(s, i)
		}
	}
	return s
}

// normalizeFrom folds s, whose bytes before i are already folded.
func normalizeFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		switch {
		case r < utf8.RuneSelf:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			b.WriteByte(byte(r))
		case r >= latinFirst && r <= latinLast:
			b.WriteString(latinFold[r-latinFirst])
		case unicode.Is(unicode.Mn, r): // a combining accent of decomposed text
		default:
			b.WriteString(foldRune(r))
		}
	}
	return b.String()
}

// The table covers Latin-1 Supplement and Latin Extended-A and -B.
const (
	latinFirst = 0x00a0
	latinLast  = 0x024f
)

var latinFold = buildLatinFold()

func buildLatinFold() []string {
	t := make([]string, latinLast-latinFirst+1)
	for r := rune(latinFirst); r <= latinLast; r++ {
		t[r-latinFirst] = foldRune(r)
	}
	return t
}

// ligatures are letters that do not decompose but that French spells out.
var ligatures = map[rune]string{
	'œ': "oe", 'Œ': "oe", 'æ': "ae", 'Æ': "ae", 'ß': "ss",
	'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ł': "l", 'Ł': "l",
}

// foldRune folds one rune the slow way: NFD, drop the marks, lower case.
func foldRune(r rune) string {
	if s, ok := ligatures[r]; ok {
		return s
	}
	var buf [utf8.UTFMax]byte
	d := norm.NFD.Append(nil, buf[:utf8.EncodeRune(buf[:], r)]...)
	var b strings.Builder
	for _, c := range string(d) {
		if !unicode.Is(unicode.Mn, c) {
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// isSpace is unicode.IsSpace, named for TrimFunc calls.
func isSpace(r rune) bool { return unicode.IsSpace(r) }
