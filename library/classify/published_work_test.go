package classify

import "testing"

// The author of a quoted work that the sentence says published or
// awarded is named as its author, in French and in English.
func TestPublishedWorkAuthorIsPublic(t *testing.T) {
	allPass(t,
		"Le prix des lecteurs 2024 est attribué à « Les Échappées » de Claire Fontan, publié aux éditions du Rouergue.",
		"The winner of the town's short story prize is \"The Long Field\" by Anna Kerrigan, published in the anthology.",
		"Le recueil de la résidence d'écriture réunit « Les Hautes Herbes » de Samuel Brochard et d'autres textes.",
		"Our poetry prize went to \"Salt and Iron\" by Megan Lowry, now in the anthology on sale at the festival.",
	)
}

// A child's drawing or a member's cake awarded a prize keeps the person:
// an age, a relation, news, an address or no quoted title.
func TestPublishedWorkAuthorGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le prix du concours de dessin revient à « Mon chat » de Léa Martin, 8 ans.", Blocked, Personal, "name"},
		{"Le prix du meilleur gâteau revient à « Fraisier » de Paul Martin, notre trésorier.", Blocked, Personal, "name"},
		{"Le prix « Bénévole de l'année » de Marie Dupont a été remis hier.", Blocked, Personal, "name"},
		{"Le prix « Coup de cœur » revient à Sandrine Meyer, qui habite rue des Lilas.", Blocked, Personal, "name"},
		{"Le recueil « Mes souvenirs » de Jeanne Paulet, 87 ans, résidente de l'Ehpad, sera lu samedi.", Blocked, Personal, "name"},
		{"The winner of the photo contest is Noah Fisher, 15, who lives on Mill Lane.", Blocked, Personal, "name"},
		{"\"My Mum\" by Tom Baker, aged 9, won the school prize and is published in our newsletter.", Blocked, Personal, "name"},
		{"Le texte « Ma maladie » de Paul Durand, notre adhérent séropositif, sera publié.", Blocked, Sensitive, "name"},
		// a quoted name of a person's file is no work
		{"Le dossier « Impayés » de Paul Martin, publié sur l'intranet.", Blocked, Personal, "name"},
		{"Le signalement « Urgent » de Kevin Moreau, publié par erreur.", Blocked, Personal, "name"},
		// a price awards nothing
		{"Le gâteau « Fraisier » de Paul Martin, prix 5 €.", Blocked, Personal, "name"},
		{"Le gâteau « Fraisier » de Paul Martin, au prix de 5 €.", Blocked, Personal, "name"},
	})
}
