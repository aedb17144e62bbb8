package classify

import "testing"

// A stay in a psychiatric hospital said « en HP », autism said "on the
// spectrum", multiple sclerosis as "MS", and an adult's baptism are
// category 4 about the person they are told of; a printer's brand, a
// talk for parents and a club named after its founder are not.
func TestHealthAndFaithInEverydayAbbreviations(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son frère est en HP depuis février, elle est épuisée", Blocked, Sensitive, "health"},
		{"Dylan is on the spectrum, give him a quiet corner", Blocked, Sensitive, "health"},
		{"Our caretaker was diagnosed with MS last spring", Blocked, Sensitive, "health"},
		{"Mme Robin s'est fait baptiser à Pâques chez les adventistes", Blocked, Sensitive, "religion"},
		{"Cartouches pour imprimante HP à déposer à l'accueil", OK, 0, ""},
		{"Talk for parents: growing up on the autism spectrum, Thursday 7pm", OK, 0, ""},
	})
}
