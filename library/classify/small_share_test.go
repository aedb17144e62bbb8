package classify

import "testing"

// A share of a small group of the association points at one person
// (small_share.go); a share of a population or of a territory stays a
// statistic.
func TestShareOfASmallGroupIsAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Bilan de la section escalade : 1 grimpeur sur 8 est témoin de Jéhovah.", Blocked, Sensitive, "religion"},
		{"À l'antenne de Carhaix, 1 bénévole sur 5 est séropositif.", Blocked, Sensitive, "health"},
		{"In our choir, 1 singer in 9 is a Jehovah's Witness.", Blocked, Sensitive, "religion"},
	})
	allPass(t,
		"En France, 1 adulte sur 5 souffre de troubles anxieux.",
		"Selon Santé publique France, 1 adulte sur 10 est diabétique.",
	)
}

// A small whole of people counted, and a part of it with a special
// fact, points at the persons: everybody in a group of seven knows who.
// A large whole, or a count of places, is a statistic or an offer.
func TestPartOfASmallCountedGroupIsSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Parmi les 9 choristes du mardi, deux sont sous antidépresseurs.", Blocked, Sensitive, "health"},
		{"Dans l'atelier tricot, trois des six participantes sont diabétiques.", Blocked, Sensitive, "health"},
		{"Of the five volunteers on Fridays, two are Jehovah's Witnesses.", Blocked, Sensitive, "religion"},
		{"Sur nos 350 adhérents, 10 % sont diabétiques.", Doubt, 0, ""},
		{"Atelier pour 10 personnes diabétiques, 3 places restantes, le jeudi à 10 h.", OK, 0, ""},
	})
}
