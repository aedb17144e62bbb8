package classify

import "testing"

// « parti », « gauche », « droite », « élu », « vote » in their everyday
// senses tell no opinion; in the shapes politics takes they do.
func TestPoliticsWordsInTheirEverydaySense(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// everyday senses: the names stay personal data, nothing is category 4
		{"Bienvenue à Inès, qui remplace Gérard parti à la retraite en juin.", Blocked, Personal, "name"},
		{"Photo : de gauche à droite, Lucie Morin, Karim Saïdi et Paul Fabre.", Blocked, Personal, "name"},
		{"Samir Haddad tient sa raquette de la main gauche pendant le match.", Blocked, Personal, "name"},
		{"Nadia Benali a été élue meilleure joueuse du tournoi de Pau.", Blocked, Personal, "name"},
		{"Hélène Marchal, élue présidente du club en mars, ouvre la séance.", Blocked, Personal, "name"},
		{"Le trésorier siège sans droit de vote au conseil d'administration.", Doubt, Personal, "single-role"},
		// politics
		{"Mon voisin Thierry est très à droite.", Blocked, Sensitive, "politics"},
		{"Yannick a quitté le parti l'an dernier.", Blocked, Sensitive, "politics"},
		{"Sylvie Moreau est proche de l'extrême gauche.", Blocked, Sensitive, "politics"},
		{"Bruno Caron a été élu maire de Lunel en 2020.", Blocked, Sensitive, "politics"},
		{"Ma sœur Claire est de gauche.", Blocked, Sensitive, "politics"},
		{"Marc est parti tôt, il vote RN de toute façon.", Blocked, Sensitive, "politics"},
		// the review's: a side after a copula or a verb of leaning, an adjective before the party, other mandates, an election's vote
		{"Le trésorier, Gérard Blanc, est clairement à droite.", Blocked, Sensitive, "politics"},
		{"Depuis quelques années, Thierry Moreau penche vers la droite dure.", Blocked, Sensitive, "politics"},
		{"Sylvie Roux est passée de la gauche à la droite en 2017.", Blocked, Sensitive, "politics"},
		{"Julie Perrin a pris sa carte dans un grand parti l'an dernier.", Blocked, Sensitive, "politics"},
		{"Chantal Robin a été élue au conseil d'arrondissement.", Blocked, Sensitive, "politics"},
		{"Karim Benali a été élu à l'Assemblée en 2022.", Blocked, Sensitive, "politics"},
		{"Nicole Faure vote au conseil municipal contre tous les projets de la majorité.", Blocked, Sensitive, "politics"},
		{"Dimanche au bureau de vote, Nicole Faure a pris le seul bulletin de la liste Marchand.", Blocked, Sensitive, "politics"},
		// and sides that are places, offices of the club, a bias
		{"Sur la photo, Julie Morel est à gauche et Marc Petit est à droite.", Blocked, Personal, "name"},
		{"Thomas Moreau est passé à droite en deuxième mi-temps.", Blocked, Personal, "name"},
		{"Sophie Marin a été élue conseillère technique du club par le bureau.", Blocked, Personal, "name"},
		{"Élise Roy a été élue à l'Assemblée des jeunes du club.", Blocked, Personal, "name"},
		{"Julien Roy a été élu capitaine de l'équipe, un grand parti pris du coach.", Blocked, Personal, "name"},
		{"Hervé Lambert a été élu conseiller général du canton.", Blocked, Sensitive, "politics"},
		{"Pour aller chez Lucie Morin, tournez à gauche après la mairie.", Blocked, Personal, "name"},
	})
}

// A party that is the subject of public news, alone or coordinated with
// another, is an organisation; a person's vote for it is an opinion.
func TestPartiesAsSubjects(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The Labour Party and the Conservative Party both published manifestos.", OK, 0, ""},
		{"Le Rassemblement national arrive en tête aux élections européennes.", OK, 0, ""},
		{"Le Parti socialiste et Les Républicains ont présenté leurs programmes.", OK, 0, ""},
		{"Karim vote pour le Rassemblement national.", Blocked, Sensitive, "politics"},
		{"Paul and the Labour Party are close.", Blocked, Sensitive, "politics"},
	})
}
