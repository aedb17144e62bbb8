package classify

import "testing"

// A dispute, a complaint or harassment framed as a case that may arise
// is a notice's advice; the same word about a case at hand, or about a
// named person, stays the association's matter.
func TestHypotheticalMatterIsAdvice(t *testing.T) {
	c := New(Rules{})
	for _, tc := range []struct {
		text string
		want Verdict
	}{
		{"En cas de litige avec votre bailleur, la CLCV vous conseille.", OK},
		{"In case of a dispute with your landlord, our legal desk can help.", OK},
		{"En cas d'impayé de loyer, contactez notre permanence.", OK},
		{"Le litige avec le propriétaire de la salle n'est pas réglé.", Blocked},
		{"En cas de litige, Mme Perrin saisira les prud'hommes contre nous.", Blocked},
	} {
		if got := c.Classify(tc.text).Verdict; got != tc.want {
			t.Errorf("%q: %s, want %s", tc.text, got, tc.want)
		}
	}
}
