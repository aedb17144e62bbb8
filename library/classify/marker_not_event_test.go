package classify

import "testing"

// A fact about someone stays one when « en cours » or « au cours de »
// follows it; a course on the same subject stays public.
func TestOngoingIsNoCourse(t *testing.T) {
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"Sa demande d'asile est en cours.", Blocked},
		{"Sa demande d'asile a été rejetée, recours en cours.", Blocked},
		{"Son traitement contre le diabète est en cours depuis mars.", Blocked},
		{"Au cours de l'été, sa chimiothérapie a repris.", Blocked},
		{"Cours sur le droit d'asile, ouvert à tous, jeudi 18h.", OK},
		{"Cours de prévention du diabète pour le public, salle B.", OK},
	} {
		if got := c.Classify(tc.text).Verdict; got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}
