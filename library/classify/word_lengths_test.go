package classify

import (
	"testing"

	"tamis/library/classify/lexicon"
)

// wordLengths never refuses a word of its set, and refuses the words of
// other lengths.
func TestWordLengthsKeepEveryWordOfTheSet(t *testing.T) {
	set := lexicon.WordSet{"cle": true, "pass": true, "wpa2": true, "x": true}
	l := lengthsOf(set)
	for w := range set {
		if !l.may(w) {
			t.Errorf("%q refused", w)
		}
	}
	for _, w := range []string{"", "de", "motdepasse", string(make([]byte, 80))} {
		if l.may(w) {
			t.Errorf("%q let through, no word of its length is in the set", w)
		}
	}
	for w := range secretNameWords {
		if !secretNameLens.may(w) {
			t.Errorf("secret name %q refused", w)
		}
	}
}
