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
