package main

import (
	"testing"

	"tamis/library/classify"
)

func TestSanitizeKeepsOffsets(t *testing.T) {
	for _, in := range []string{"\xff\xfe Mme Dupont", "a\x1b[31mb", "a\u0085b", "é\tè\n"} {
		out := sanitize(in)
		if len(out) != len(in) {
			t.Errorf("sanitize(%q) = %q: %d bytes, want %d", in, out, len(out), len(in))
		}
		for _, c := range []byte(out) {
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f {
				t.Errorf("sanitize(%q) = %q keeps a control byte", in, out)
			}
		}
	}
}

func TestMarkSpans(t *testing.T) {
	text := "\xffAppeler Mme Dupont"
	fs := []classify.Finding{{Start: 9, End: 19}}
	if got, want := markSpans(sanitize(text), fs, false), "?Appeler ⟦Mme Dupont⟧"; got != want {
		t.Fatalf("markSpans = %q, want %q", got, want)
	}
}
