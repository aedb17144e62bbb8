package classify

import "testing"

// A way of deciding told in progress (a selection, a vote, a
// negotiation, the closing of the accounts) has no outcome yet: doubt.
func TestAWayOfDecidingInProgressIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Renouvellement du bail : renégociation en cours avec le propriétaire.", Doubt, 0, "internal"},
		{"Budget 2027 en cours d'arbitrage au bureau.", Doubt, 0, ""},
		{"Trois candidatures pour le poste d'animateur, présélection en cours.", Doubt, 0, "internal"},
		{"Les comptes 2025 sont en cours de validation par l'expert-comptable.", Doubt, 0, "internal"},
		{"Des échanges ont commencé avec le centre social pour partager les locaux.", Doubt, 0, "internal"},
		{"Our lease is under review by the landlord.", Doubt, 0, "internal"},
		{"Talks have started with the county about the future of the youth club.", Doubt, 0, "internal"},
		{"Shortlisting under way for the new coordinator post.", Doubt, 0, "internal"},
	})
}

// What is in progress for the public (sign-ups, works, a public
// consultation) decides nothing of the association's: it passes.
func TestPublicThingsInProgressPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Inscriptions en cours pour la saison 2026-2027, rendez-vous au forum des associations !", OK, 0, ""},
		{"Travaux en cours dans la salle, accès par la porte de derrière.", OK, 0, ""},
		{"Consultation publique en cours sur le plan local d'urbanisme, donnez votre avis en mairie.", OK, 0, ""},
		{"Registration is in progress for the autumn term: sign up on our website.", OK, 0, ""},
		{"Exposition en cours à la médiathèque jusqu'au 30 juin.", OK, 0, ""},
	})
}
