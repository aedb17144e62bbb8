package classify

import "testing"

// Notices and calls a public reads must pass: an English verb that is
// also a first name opening a call (« Come to… »), a file to hand in with
// no funder named. Their risky neighbours stay caught.
func TestPublicNoticesPass(t *testing.T) {
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"Come to our open day on Saturday!", OK},
		{"Will you help us at the jumble sale?", OK},
		{"Dossier à déposer avant le 15 mars à la mairie.", OK},
		{"Côme Durand viendra samedi.", Blocked},
		{"Will Smith arrives on Monday.", Blocked},
	} {
		if got := c.Classify(tc.text).Verdict; got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}
