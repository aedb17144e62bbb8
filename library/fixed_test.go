package library

import "testing"

func TestFixedWording(t *testing.T) {
	tests := map[string]string{
		"« [Nom asso] est née en [année]. »": "«            est née en " + "        " + ". »",
		"sans variable":                      "sans variable",
		`un \[crochet] et [lien](http://x)`:  `un \[crochet] et [lien](http://x)`,
		"case [ ] et [x]":                    "case [ ] et [x]",
	}
	for in, want := range tests {
		if got := FixedWording(in); got != want {
			t.Errorf("FixedWording(%q) = %q, want %q", in, got, want)
		}
		if len(FixedWording(in)) != len(in) {
			t.Errorf("%q: offsets moved", in)
		}
	}
}
