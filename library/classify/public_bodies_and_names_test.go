package classify

import "testing"

// Public look-alikes: the address of a public body, a grant thanked for,
// an association whose name holds a union's or a party's word, the
// association's number spelled out on its site. Beside each, the shape
// that stays blocked.
func TestPublicBodiesAndOrganisationNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Adresse de la sous-préfecture pour déposer le dossier : 2 place du Général-de-Gaulle, Lannion.", OK, 0, ""},
		{"Mme Le Goff habite 2 place du Général-de-Gaulle, Lannion.", Blocked, Personal, "name"},
		{"Rédige un courriel pour remercier la Fondation Abbé Pierre pour la subvention versée en juin.", OK, 0, ""},
		{"On va solliciter la Fondation Abbé Pierre pour une subvention en juin, prépare le courriel.", Blocked, Sensitive, "grant"},
		{"Programme de la journée portes ouvertes du Collectif Renaissance Quartiers Nord.", OK, 0, ""},
		{"Notre trésorière est encartée chez Renaissance depuis les dernières élections.", Blocked, Sensitive, "politics"},
		{"Le délégué est chez Sud Santé, il fera grève jeudi.", Blocked, Sensitive, "union"},
		{"Accueil de l'association, numéro publié sur notre site : zéro deux, quarante, douze, trente-quatre, cinquante-six.", Doubt, Personal, "phone"},
		{"Le portable de Nadia : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.", Blocked, Personal, "name"},
	})
}
