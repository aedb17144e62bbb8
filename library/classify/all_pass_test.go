package classify

import "testing"

// allPass checks texts that must pass: no doubt, nothing blocked. The
// public sentences of several rules' tests are read by this one loop.
func allPass(t *testing.T, texts ...string) {
	t.Helper()
	c := New(Rules{})
	for _, s := range texts {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %s %v", s, r.Verdict, describe(s, r))
		}
	}
}
