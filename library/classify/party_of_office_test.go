package classify

import "testing"

// An office holder's party, said beside the office (« la députée
// écologiste X », "Labour MP X"), is public as the office is
// (public_role.go partyOfOffice); a law proposed or amended is an act in
// office (public_acts.txt). Written for the rule.
func TestPartyOfOfficePasses(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Labour MP Rosie Wrighting will open the new food bank on Monday.",
		"Le député Hadrien Clouet a déposé un amendement sur le budget de la Sécurité sociale.",
		"La sénatrice écologiste Mathilde Ollivier présentera son rapport au forum.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: got %d/%s %v, want public", s, r.Category, r.Verdict, describe(s, r))
		}
	}
	for _, s := range []string{
		"Mon voisin Jean Kerdoncuff, militant écologiste, a déposé un amendement au club.",
		"Notre trésorier Paul Le Gall, conseiller municipal RN, présentera le budget.",
		"Labour MP Tom Hale will open the food bank; his wife has just left him.",
		"La sénatrice écologiste Anne Cariou a déposé plainte contre son ex-mari.",
		"Notre voisine, conseillère municipale RN, viendra à la fête des voisins.",
		"La conseillère municipale écologiste du quartier est au chômage depuis mars.",
		"Ma belle-sœur, députée écologiste, présentera son rapport au forum.",
	} {
		if r := c.Classify(s); r.Verdict == OK {
			t.Errorf("%q: passed, want blocked or doubt (%v)", s, describe(s, r))
		}
	}
}
