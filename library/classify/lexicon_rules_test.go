package classify

import "testing"

// Names that no name list holds, found by the large lexicons: an unknown
// capitalised word where a person stands.
func TestUnknownSurnameWherePersonStands(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Penser à relancer Kowalczyk pour la caution", Blocked, Personal, "name"},
		{"Famille Ouattara : deux adultes, un bébé", Blocked, Personal, "name"},
		{"Colis du jeudi chez les Da Costa", Blocked, Personal, "name"},
		{"La petite-fille Lemarchal-Berthou a rapporté les gilets", Blocked, Personal, "name"},
		{"Remind Okonkwo-Baptiste about the van", Blocked, Personal, "name"},
		{"Gaudichon, notre trésorière, signe les chèques", Blocked, Personal, "name"},
		{"Covoiturage avec BlaBlaCar pour la sortie", OK, 0, ""},
		{"Atelier retouche photo avec Canva et Gimp ouvert à tous", OK, 0, ""},
	})
}

func TestCommuneIsAPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La navette part de Villeurbanne et dessert Nancy", OK, 0, ""},
		{"Le car s'arrête à Florac puis à Mende", OK, 0, ""},
		{"Demander à Nancy si elle garde les clés", Blocked, Personal, "name"},
	})
}

func TestFirstNameThatIsAWordAtClauseStart(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Olive passera déposer les affiches", Blocked, Personal, "name"},
		{"Mardi, Constance tiendra la buvette", Blocked, Personal, "name"},
		{"Marie-Claire viendra avec les chaises", Blocked, Personal, "name"},
		{"Hope will open the hall at nine", Blocked, Personal, "name"},
		{"Pipou s'occupe des crêpes", Blocked, Personal, "name"},
		{"Zumba a lieu le mardi à 19h", OK, 0, ""},
		{"Rose et bleu sont les couleurs du club", OK, 0, ""},
	})
}

func TestInitialsWithARole(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"M.L. (trésorière adjointe) garde le chéquier", Blocked, Personal, "name"},
		{"F.-X. B., 16 ans, aide au goûter", Blocked, Personal, "name"},
		{"Voir le site de la S.N.C.F. pour les horaires", OK, 0, ""},
	})
}
