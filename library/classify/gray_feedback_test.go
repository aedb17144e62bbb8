package classify

import "testing"

// A negative view heard back from the association's public or people is
// an internal assessment: doubt.
func TestNegativeFeedbackIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les retours des parents sur la nouvelle cantine sont assez négatifs.", Doubt, 0, "internal"},
		{"Avis plutôt mitigés après la sortie à Lyon.", Doubt, 0, "internal"},
		{"Les bénévoles du vestiaire se sentent démunis face aux nouvelles demandes.", Doubt, 0, "internal"},
		{"Les adhérents sont mécontents du changement de créneau.", Doubt, 0, ""},
		{"Feedback on the new pick-up times has been mostly negative.", Doubt, 0, "internal"},
		{"The comments we got after the quiz night were quite critical of the venue.", Doubt, 0, "internal"},
		{"Our volunteers are unhappy with the new rota.", Doubt, 0, ""},
	})
}

// A call for opinions, a lesson, a view turned round, a topic (« effets
// négatifs ») and a public described (« familles démunies ») pass.
func TestNegativeWordsThatAreNoFeedbackPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Donnez-nous votre avis, même négatif, sur notre site !", OK, 0, ""},
		{"Les retours des participants ne sont pas négatifs du tout.", OK, 0, ""},
		{"Atelier : comment répondre aux avis négatifs sur Internet.", OK, 0, ""},
		{"Conférence sur les effets négatifs des écrans chez les enfants, le 12 mars.", OK, 0, ""},
		{"Collecte de vêtements pour les familles démunies, samedi au local.", OK, 0, ""},
		{"Critical thinking workshop for teenagers, Wednesdays at the library.", OK, 0, ""},
		{"Thank you for the lovely feedback on our summer fête!", OK, 0, ""},
	})
}
