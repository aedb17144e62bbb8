package classify

import "testing"

// A choice the association puts to itself, about one of its matters or
// between two ways, and leaves without an answer, is doubt.
func TestAChoiceTheAssociationLeavesOpenIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Est-ce qu'on garde le stand crêpes au vide-grenier ou on laisse tomber ?", Doubt, 0, "internal"},
		{"La mairie nous propose le gymnase le dimanche, on accepte ou pas ?", Doubt, 0, "internal"},
		{"Faut-il augmenter la cotisation des adhérents l'an prochain ?", Doubt, 0, "internal"},
		{"Question pour le bureau : faut-il continuer les paniers bio avec ce producteur ?", Doubt, 0, "internal"},
		{"A local paper wants to interview us about the closure of the shelter: do we say yes or not?", Doubt, 0, "internal"},
		{"Should we keep running the Friday youth club or hand it over to the council?", Doubt, 0, "internal"},
		{"Do we renew the insurance with the same broker or shop around?", Doubt, 0, "internal"},
	})
}

// A question answered in the value, a permission asked by a public, a
// request to the AI, a question about wording and a debate's title pass.
func TestQuestionsThatAreNoChoiceOfTheAssociationPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Peut-on venir avec son chien à la randonnée ? Oui, tenu en laisse.", OK, 0, ""},
		{"Faut-il être adhérent pour participer ? Non, l'atelier est ouvert à tous.", OK, 0, ""},
		{"Can we bring our own rackets or are they provided?", OK, 0, ""},
		{"Should we use a formal or a friendly tone in this newsletter?", OK, 0, ""},
		{"Faut-il avoir peur de l'intelligence artificielle ? Conférence-débat le 12 mars à la médiathèque.", OK, 0, ""},
		{"Tu préfères le thème des pirates ou des dinosaures pour le goûter ?", OK, 0, ""},
		{"Est-ce que tu peux reformuler ce texte de façon plus simple ?", OK, 0, ""},
	})
}
