package classify

import (
	"strings"
	"testing"
)

// A surname in the cell before a first name (« Durand;Sylvie », « Le
// Goff, Yann ») is a name of its own; a word or a place before a comma
// (« Lundi, Sylvie vient », « Brest, Sylvie ») stays what it is.
func TestSurnameInTheCellBeforeAFirstName(t *testing.T) {
	c := New(Rules{})
	for in, want := range map[string][]string{
		"Durand;Sylvie;06 12 34 56 78":     {"Durand", "Sylvie"},
		"Vandenberghe, Marie (trésorière)": {"Vandenberghe", "Marie"},
		"Le Goff;Yann;Quimper":             {"Le Goff", "Yann"},
		"Lundi, Sylvie vient":              {"Sylvie"},
		"Brest, Sylvie prendra le train":   {"Sylvie"},
		"Merci, Karim, pour le café":       {"Karim"},
	} {
		var got []string
		for _, f := range c.Classify(in).Findings {
			if f.Rule == ruleName.String() {
				got = append(got, in[f.Start:f.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("%q: names %q, want %q", in, got, want)
		}
	}
}

// Anonymising a table of members leaves no surname in clear, and each
// cell keeps its place.
func TestAnonymizeTableOfMembers(t *testing.T) {
	in := "Nom;Prénom;Téléphone\nDurand;Sylvie;06 12 34 56 78\nLe Goff;Yann;06 99 88 77 66\nBenhamou;Karim;07 11 22 33 44"
	out, m := New(Rules{}).Anonymize(in)
	for _, name := range []string{"Durand", "Goff", "Benhamou", "Sylvie", "Yann", "Karim"} {
		if strings.Contains(out, name) {
			t.Errorf("%q stays in clear:\n%s", name, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Count(line, ";") != 2 {
			t.Errorf("a cell moved: %q", line)
		}
	}
	if back := Restore(out, m); back != in {
		t.Errorf("Restore = %q", back)
	}
}
