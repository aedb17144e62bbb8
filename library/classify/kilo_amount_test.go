package classify

import "testing"

// A negotiation's limit written in thousands with a « k » is an amount
// like « 3 000 € »; the same cue with a plain word passes.
func TestNegotiationLimitInThousands(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"We'll offer the council £2k for the lease but can go to £3k", Blocked, Sensitive, "negotiation"},
		{"Pour la salle on peut monter à 4k, pas plus", Blocked, Sensitive, "negotiation"},
		{"We can go to the park after the meeting", OK, 0, ""},
	})
	for _, w := range []string{"3k", "15k", "2,5k"} {
		if !kiloAmount(w) {
			t.Errorf("%q: not read as an amount in thousands", w)
		}
	}
	for _, w := range []string{"k", "4x4k", "12345k", "ok"} {
		if kiloAmount(w) {
			t.Errorf("%q: read as an amount in thousands", w)
		}
	}
}
