package classify

import "testing"

// Every code prefix holds the underscore that codeEndFor looks for, so a
// text without one has no code to find.
func TestCodePrefixesHoldAnUnderscore(t *testing.T) {
	for _, code := range []string{"Personne_001", "contact_001@" + "anonyme.invalid"} {
		if codeEndFor(code) == nil || codeEnd(code, 0) != len(code) {
			t.Errorf("%q: not read as a code", code)
		}
	}
	for _, p := range bracketPrefixes {
		code := p + "001]"
		if codeEndFor(code) == nil || codeEnd(code, 0) != len(code) {
			t.Errorf("%q: not read as a code", code)
		}
	}
	if codeEndFor("Personne 001, contact 001") != nil {
		t.Error("a text without an underscore is still searched for codes")
	}
}
