package classify

import "testing"

// A home told without a street number is an address (home_unit.go): a
// flat's number in a building or beside a person, a hamlet after a verb
// of residence. A flat's type or size, a count of places and a public
// room pass.
func TestHomeToldWithoutAStreetNumber(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Résidence Les Hêtres, bât. D, appt 41", Blocked, Personal, "postal-address"},
		{"Appartement 7, 2e étage droite, sonner deux fois", Blocked, Personal, "postal-address"},
		{"Flat 2A, Block D, Riverside Court", Blocked, Personal, "postal-address"},
		{"M. Caillaud vit au lieu-dit Les Essarts depuis sa retraite", Blocked, Personal, "postal-address"},
		{"Sa mère habite le hameau de la Combe, après le pont", Blocked, Personal, "postal-address"},
		{"Appartement T3 à louer, 65 m², 700 €", OK, 0, ""},
		{"Appartement 3 pièces à louer au centre", OK, 0, ""},
		{"Logement 12 places pour les saisonniers", OK, 0, ""},
		{"Atelier au local, appt 3 du rez-de-chaussée, ouvert à tous", OK, 0, ""},
	})
}
