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

// The small whole must be a group of ours and the part must count it:
// one member counted (« un est musulman »), any verb of the part; a
// source, a survey, a percentage, a longer number or another count
// between make it a statistic.
func TestSmallCountedGroupIsOursAndCountedOnce(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Parmi les 7 bénévoles du jeudi, un est musulman.", Blocked, Sensitive, "religion"},
		{"Of the five volunteers on Fridays, one is HIV positive.", Blocked, Sensitive, "health"},
		{"Parmi les 7 bénévoles du jeudi, deux prennent des antidépresseurs.", Blocked, Sensitive, "health"},
		{"deux des cinq participantes sont sous antidépresseurs", Blocked, Sensitive, "health"},
		{"Of the 10 people surveyed nationally, 3 are Muslims.", OK, 0, ""},
		{"Au Conseil constitutionnel, 2 des 9 membres sont d'anciens socialistes.", OK, 0, ""},
	})
	for _, text := range []string{"Sur 10 personnes de plus de 65 ans, 3 ont du diabète.",
		"Nos 4 bénévoles sont formés ; 2 des 300 adhérents sont séropositifs.",
		"Nos 8 bénévoles ont relayé l'enquête : 12 % des Français sont diabétiques.",
		"Sur nos 2 025 adhérents, deux sont diabétiques.", "Sur nos trente-cinq bénévoles, deux sont musulmans.",
		"Zéro des 6 bénévoles ne sont diabétiques."} {
		if r := New(Rules{}).Classify(text); r.Verdict == Blocked {
			t.Errorf("%q: blocked %v, want a doubt on a statistic", text, r.Findings)
		}
	}
}
