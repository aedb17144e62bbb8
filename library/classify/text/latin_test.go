package text

import (
	"bytes"
	"testing"
	"unicode"
)

// The Latin table answers as the unicode tables and the fold map do, on
// both sides of its bound.
func TestLatinTableAgreesWithUnicode(t *testing.T) {
	for r := rune(-1); r < 3*latinSize; r++ {
		if IsWordRune(r) != slowIsWordRune(r) {
			t.Errorf("IsWordRune(%U) = %v", r, IsWordRune(r))
		}
		if got, want := appendFolded(nil, r), slowAppendFolded(nil, r); !bytes.Equal(got, want) {
			t.Errorf("appendFolded(%U) = %q, want %q", r, got, want)
		}
		if r >= 0 && r < latinSize && (latin[r].digit != unicode.IsDigit(r) || latin[r].upper != unicode.IsUpper(r)) {
			t.Errorf("%U: digit or upper case wrong in the table", r)
		}
	}
}

// A word of accented capitals is folded and shaped as before the table.
func TestAccentedWordShape(t *testing.T) {
	var sc Scanner
	sc.Reset("ÉLÉONORE Müller-Çelik 2ème", nil)
	var s Sentence
	sc.Next(&s)
	want := []struct {
		norm  string
		flags Flags
	}{{"eleonore", Cap | Upper | Letter}, {"muller", Cap | Letter}, {"celik", Cap | Letter}, {"2eme", 0}}
	if len(s.Toks) != len(want) {
		t.Fatalf("%d tokens, want %d", len(s.Toks), len(want))
	}
	for k, w := range want {
		if s.Toks[k].Norm != w.norm || s.Toks[k].Flags != w.flags {
			t.Errorf("token %d: %q %b, want %q %b", k, s.Toks[k].Norm, s.Toks[k].Flags, w.norm, w.flags)
		}
	}
}
