package classify

import "testing"

// The author named after a quoted title is a public person; a relation to
// the association, news or contact details keep a person.
func TestAuthorOfAQuotedWork(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Club de lecture : « Les Bienveillantes » de Jonathan Littell.", OK, Public, ""},
		{"Spectacle : « Le Dîner de cons » de Francis Veber, par la troupe du foyer.", OK, Public, ""},
		{"Ce mois-ci au ciné-club : « La Haine » de Mathieu Kassovitz.", OK, Public, ""},
		{"Reading group: \"Small Island\" by Andrea Levy.", OK, Public, ""},
	})
}

// The guards: a relation, contact details, a work that is no quoted
// title, a quoted word that is no work. The first and third stay the
// doubts they were before the rule (a quoted title, a work word).
func TestAuthorOfAQuotedWorkGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dédicace de « Mon village » de Paul Durand, notre adhérent, samedi.", Doubt, 0, ""},
		{"« Mon village » de Paul Durand : écrire à paul.durand@example.org.", Blocked, Personal, ""},
		{"Le livre de Paul Durand est resté au local.", Doubt, 0, "public-figure"},
		{"« Merci » de Paul Durand pour les gâteaux !", Blocked, Personal, "name"},
		{"Lecture de « Mon enfance à Brest » de Paul Durand, 87 ans, au salon de l'EHPAD.", Blocked, Personal, "name"},
		{"Story time: \"The Brave Fox\" by Lily Whitcombe, aged 9.", Blocked, Personal, "name"},
	})
}
