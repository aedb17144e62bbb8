package classify

import "testing"

// A person's possessive before a special word makes it someone's, even
// near a workshop, a class or a help desk (leak hunt, stop 42).
func TestPossessiveNearAnActivityIsSomeones(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Reprise de l'atelier après son cancer.", Blocked, Sensitive, "health"},
		{"Atelier couture : absente trois semaines pour son IVG.", Blocked, Sensitive, "health"},
		{"Permanence du jeudi : suite de son dossier MDPH pour sa schizophrénie.", Blocked, Sensitive, "health"},
		{"Reprise des cours de FLE après son incarcération.", Blocked, Sensitive, "criminal"},
		{"Back at the workshop after her chemo.", Blocked, Sensitive, "health"},
		{"Workshop notes: missed two sessions because of his HIV treatment.", Blocked, Sensitive, "health"},
	})
}

// The possessive of a topic, of a body or of a public figure is no one's.
func TestPossessiveOfATopicOrABody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Atelier sur le diabète et son traitement, jeudi 14h.", OK, 0, ""},
		{"Merci à la Fondation de France et à la Mairie de Montreuil pour leur soutien à notre projet jardin partagé.", OK, 0, ""},
	})
}

// A case presented or dated keeps the precaution (no_one_told.go).
func TestPresentedOrDatedCaseKeepsThePrecaution(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il y a une addiction à l'héroïne, suivi CSAPA en place.", Blocked, Sensitive, "health"},
		{"Une peine de prison avec sursis a été prononcée en février.", Blocked, Sensitive, "criminal"},
	})
}
