package classify

import "testing"

// A weak special word counts only next to a person; a family named by its
// surname alone is found after the special words are read (cue_rules.go),
// and the fact is about it all the same (« les Benhamou mangent uniquement
// casher », "the Brennans are Jehovah's Witnesses"). A public menu or a
// talk about the same practice keeps its verdict.
func TestSpecialFactOfAFamilyFoundAfterTheSpecialWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les Benhamou mangent uniquement casher, prévoir un colis adapté.", Blocked, Sensitive, ""},
		{"The Cohens only eat kosher, so no meat in their parcel.", Blocked, Sensitive, ""},
		{"Les Traoré ne mangent que halal, pensez-y pour le colis de Noël.", Blocked, Sensitive, ""},
		{"Les Kerjean font le ramadan, pas de goûter pour eux avant 19 h.", Blocked, Sensitive, ""},
		{"Les Vasseur sont témoins de Jéhovah, ils ne viendront pas à la fête de Noël.", Blocked, Sensitive, ""},
		{"The Brennans are Jehovah's Witnesses, skip them for the birthday cards.", Blocked, Sensitive, ""},
		{"Les Moreau-Lefèvre sont syndiqués, ils viendront avec la banderole.", Blocked, Sensitive, ""},
		{"Repas halal et végétarien disponibles sur demande à la fête de quartier.", OK, Public, ""},
		{"Kosher and vegetarian options at the summer barbecue, all welcome.", OK, Public, ""},
		{"Conférence sur le ramadan et la laïcité à l'école, entrée libre.", OK, Public, ""},
	})
}
