package classify

import "testing"

// An offer for a public described by a health word, and a venue named
// after someone whose name is also such a word, are about no one; the
// same word said of a person, or of a few of our own people, stays
// flagged.
func TestOfferForAPublicIsNoHealthFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tactile maps for blind visitors at the entrance", OK, 0, ""},
		{"Subtitled screenings for deaf people every month", OK, 0, ""},
		{"Easy-read leaflets for autistic children and their parents", OK, 0, ""},
		{"Visite guidée de la maison natale de Louis Pasteur, départ 10h", OK, 0, ""},
		{"Our volunteer Sam is blind, please guide him", Blocked, Sensitive, "health"},
		{"Large print for blind visitors, ask Karima Benali", Blocked, Sensitive, "health"},
	})
}

// A health word in the plural in a sentence about access is the public a
// place is made for; a counted few or a named person keeps the fact.
func TestAccessForAPublicIsNoHealthFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les malentendants ont accès à une boucle magnétique dans la grande salle", OK, 0, ""},
		{"Les handicapés moteurs entrent par la rampe du parking", OK, 0, ""},
		{"Les trois handicapés du groupe du lundi ont besoin de la rampe", Blocked, Sensitive, "health"},
		{"Il est handicapé, prévoir l'accès par la rampe", Blocked, Sensitive, "health"},
	})
}
