package classify

import "testing"

// A quotation is a work of its author, as a poem or a song: « la citation
// de X » and "a X quote" name a public author, in French and in English.
func TestQuotationAuthorIsPublic(t *testing.T) {
	allPass(t,
		"Afficher la citation de Victor Schoelcher sur l'abolition à l'entrée de l'expo.",
		"Une citation de Jean Jaurès pour ouvrir le rapport moral.",
		"Mettre en exergue la citation d'Albert Jacquard sur l'égalité.",
		"Choisir une citation de Louise Michel pour la banderole du 8 mars.",
		"Reprendre une citation de Stéphane Hessel en tête du dossier de presse.",
		"Add a Maya Angelou quote to the flyer.",
		"Print the Desmond Tutu quote about hope on the banner.",
		"We read an Oscar Wilde poem at the start of the evening.",
		"Open the newsletter with a Martin Luther King quote.",
		"The choir will close with a Leonard Cohen song.",
	)
}

// A quotation of someone the association knows stays that person's: a
// relation, kin, an age, a private fact, contact details, a civility, a
// word that addresses the person.
func TestQuotationAuthorGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une citation de Paul Durand, notre trésorier, pour la newsletter.", Blocked, Personal, "name"},
		{"Mettre la citation de ma voisine Jeanne Martin sur l'affiche.", Blocked, Personal, "name"},
		{"La citation de Karim Haddad, 15 ans, élève de 3e, sur le harcèlement.", Blocked, Personal, "name"},
		{"Use a Paul Durand quote, our treasurer, for the poster.", Blocked, Personal, "name"},
		{"Ask Sarah Whitcombe for a quote about her stay in hospital.", Blocked, Sensitive, "name"},
		{"Une citation de Léa Martin qui sort d'une dépression, pour le témoignage.", Blocked, Sensitive, "name"},
		{"Put the Jane Morris quote on the flyer with her phone 06 12 34 56 78.", Blocked, Personal, "name"},
		{"Demander à Paul Martin une citation pour le flyer.", Blocked, Personal, "name"},
		{"Print the Tom Baker quote: he is our new volunteer since Monday.", Blocked, Personal, "name"},
		{"Une citation de Mme Durand sur son séjour à l'hôpital.", Blocked, Sensitive, "name"},
		// « citation » that is a summons to court
		{"Citation de Karim Haddad à comparaître le 12 juin.", Blocked, Personal, "name"},
		{"Préparer la citation de Lucie Perrin pour l'audience du 3 mai.", Blocked, 0, "name"},
		// a name no list holds gets nothing from the English shape
		{"Send the Sarah Jones reading notes to the group.", Blocked, Personal, "name"},
		{"Watch the Karim Haddad film we shot at the centre last week.", Blocked, Personal, "name"},
		{"Bring the Léa Martin film to the workshop.", Blocked, Personal, "name"},
	})
}

// The article before a famous name is English, not « à » typed plain: « a »
// in a French sentence, and an ordinary person's name, stay a person.
func TestEnglishArticleBeforeAFamousName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Use a Nelson Mandela quote about education for the poster.", OK, 0, ""},
		{"Print a Victor Hugo poem on the back of the programme.", OK, 0, ""},
		{"Open the evening with a Martin Luther King quote about hope.", OK, 0, ""},
		{"Demander a Nelson Martin de venir samedi.", Blocked, Personal, "name"},
		{"Send a card to Victor Hugo Martin, our volunteer, for his birthday.", Blocked, Personal, "name"},
		{"Give a lift to Simone Martin from the station.", Blocked, Personal, "name"},
	})
}
