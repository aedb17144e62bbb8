package classify

import "testing"

// A note opens on the person it is about, with no determiner: « Maman
// de trois enfants » is one mother, not a count of the public.
func TestBareNounOpeningANoteIsItsPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Maman de trois enfants, musulmane pratiquante, cherche un créneau piscine réservé aux femmes.", Blocked, Sensitive, "religion"},
		{"Mère de deux enfants, séropositive.", Blocked, Sensitive, "health"},
		{"Mother of three, practising Muslim, asks for a women-only swimming slot.", Blocked, Sensitive, "religion"},
		{"Volunteer drivers wanted for the weekly shopping run from Lauzun to the supermarket; mileage reimbursed.", OK, 0, ""},
		{"Petit rappel : l'atelier sur le diabète est ouvert à tous, entrée libre.", OK, 0, ""},
	})
}
