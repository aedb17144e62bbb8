package classify

import "testing"

// « parti », « gauche », « droite », « élu », « vote » in their everyday
// senses tell no opinion; in the shapes politics takes they do.
func TestPoliticsWordsInTheirEverydaySense(t *testing.T) {
	runRuleCases(t, []ruleCase{
		// everyday senses: the names stay personal data, nothing is category 4
		{"Bienvenue à Inès, qui remplace Gérard parti à la retraite en juin.", Blocked, Personal, "name"},
		{"Photo : de gauche à droite, Lucie Morin, Karim Saïdi et Paul Fabre.", Blocked, Personal, "name"},
		{"Samir Haddad s'est fait mal à la main gauche pendant le match.", Blocked, Personal, "name"},
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
	})
}
