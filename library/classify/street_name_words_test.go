package classify

import "testing"

// A church, a chapel or a saint that names a street is no religion of
// the person who lives there: the address blocks as personal, not as
// sensitive. A practice told beside the address stays sensitive.
func TestStreetNamedAfterAChurchIsNoReligion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Paul Dupont lives at 4 Church Street, Leeds.", Blocked, Personal, "postal-address"},
		{"Envoyer le colis à Mme Durand, 12 rue de la Mosquée, 13001 Marseille.", Blocked, Personal, "postal-address"},
		{"Paul Dupont, 4 Church Street, Leeds, goes to church every Sunday.", Blocked, Sensitive, "religion"},
	})
}
