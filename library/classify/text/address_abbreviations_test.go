package text

import (
	"strings"
	"testing"
)

// The abbreviations of an address (« bât. », « esc. », « appt. ») do not
// end the sentence: the person and the door stay in one sentence.
func TestAddressAbbreviationsDoNotCutTheSentence(t *testing.T) {
	got := sentences("Mme Roux, bât. B, esc. 3, appt. 12, ne répond plus.", nil)
	want := []string{"mme roux bat b esc 3 appt 12 ne repond plus"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("got %q, want %q", got, want)
	}
}
