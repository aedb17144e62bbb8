package classify

import "testing"

// A question about a kind of thing asks for advice; ours, dated, on an
// agenda or about a person stays a choice left open.
func TestQuestionAboutAKindIsAdvice(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Faut-il déclarer les recettes d'une tombola et jusqu'à quel montant ?", OK, 0, ""},
		{"Faut-il une assurance spécifique pour organiser une sortie avec des mineurs ?", OK, 0, ""},
		{"Faut-il quitter le local à cause du loyer ?", Doubt, Personal, "internal"},
		{"Faut-il vendre le local à un promoteur ?", Doubt, Personal, "internal"},
		{"Faut-il renoncer à organiser le gala cette fois ?", Doubt, Personal, "internal"},
		{"Faut-il déclarer les recettes de notre tombola ?", Doubt, Personal, "internal"},
		{"Faut-il augmenter la cotisation l'an prochain ?", Doubt, Personal, "internal"},
		{"Point à discuter : faut-il maintenir une buvette avec alcool au tournoi des jeunes ?", Doubt, Personal, "internal"},
		{"Faut-il annoncer son budget à un prestataire avant qu'il fasse son devis ?", Doubt, Personal, "internal"},
	})
}
