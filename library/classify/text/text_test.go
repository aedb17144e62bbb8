package text

import (
	"strings"
	"testing"
)

// sentences returns the folded tokens of each sentence of s.
func sentences(s string, codeEnd func(string, int) int) []string {
	var sc Scanner
	sc.Reset(s, codeEnd)
	var out []string
	var sent Sentence
	for sc.Next(&sent) {
		var words []string
		for _, t := range sent.Toks {
			words = append(words, strings.Clone(t.Norm)) // valid until the next sentence only
		}
		out = append(out, strings.Join(words, " "))
	}
	return out
}

// Folding meets the accented, upper-case and plain forms; a dot after an
// abbreviation or an initial does not end the sentence.
func TestScannerFoldsAndCutsSentences(t *testing.T) {
	got := sentences("Mme DUPONT est Diabétique. M. J. Œdipe vient! Cœur d'or", nil)
	want := []string{"mme dupont est diabetique", "m j oedipe vient", "coeur d or"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}

// The caller says where an anonymisation code stands: the scanner reads it
// as one placeholder token.
func TestScannerReadsACodeAsOneToken(t *testing.T) {
	code := func(s string, i int) int {
		if strings.HasPrefix(s[i:], "Personne_001") {
			return i + len("Personne_001")
		}
		return 0
	}
	var sc Scanner
	sc.Reset("avec Personne_001 demain", code)
	var s Sentence
	if !sc.Next(&s) || len(s.Toks) != 3 {
		t.Fatalf("want 3 tokens, got %+v", s.Toks)
	}
	if c := s.Toks[1]; c.Norm != CodeNorm || !c.Has(Code) || c.Start != 5 || c.End != 17 {
		t.Fatalf("code token %+v", c)
	}
	if got := sentences("avec Personne_001 demain", nil); got[0] != "avec personne 001 demain" {
		t.Fatalf("without codes: %q", got)
	}
}

// A pooled scanner keeps its buffers but no piece of the text it read.
func TestResetKeepsNoPieceOfTheText(t *testing.T) {
	var sc Scanner
	sc.Reset("Mme Zorglubienne est diabétique. Elle vient jeudi.", nil)
	var s Sentence
	for sc.Next(&s) {
	}
	if cap(sc.buf) == 0 || cap(sc.toks) == 0 {
		t.Fatal("the scanner read nothing")
	}
	sc.Reset("", nil)
	for _, b := range sc.buf[:cap(sc.buf)] {
		if b != 0 {
			t.Fatalf("folded text left in the buffer: %q", sc.buf[:cap(sc.buf)])
		}
	}
	for _, tok := range sc.toks[:cap(sc.toks)] {
		if tok.Norm != "" || tok.End != 0 {
			t.Fatalf("token %+v left in the scanner", tok)
		}
	}
}
