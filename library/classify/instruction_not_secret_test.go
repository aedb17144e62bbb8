package classify

import "testing"

// An instruction to the AI to leave names out is the method at work, not
// a secret; being asked to keep a matter quiet still is one.
func TestLeaveNamesOutIsNoSecret(t *testing.T) {
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"Do not mention any names.", OK},
		{"Don't mention names or addresses in the summary.", OK},
		{"Don't mention it to the other trustees before Friday.", Blocked},
		{"Do not mention this to the funder.", Blocked},
	} {
		if got := c.Classify(tc.text).Verdict; got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}
