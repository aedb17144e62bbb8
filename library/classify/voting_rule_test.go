package classify

import "testing"

// A majority that says how a body votes is no statistic; a majority of
// the association's public still is one.
func TestVotingMajorityIsNoStatistic(t *testing.T) {
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"Les décisions sont prises à la majorité des membres présents ou représentés.", OK},
		{"The motion was carried by a majority of the members present.", OK},
		{"La majorité de nos bénéficiaires sont au RSA.", Doubt},
		{"The majority of our members are over seventy.", Doubt},
	} {
		if got := c.Classify(tc.text).Verdict; got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}
