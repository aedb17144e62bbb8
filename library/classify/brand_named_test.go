package classify

import "testing"

// A family firm's product is no person; the family itself stays one.
func TestFamilyFirmProductIsNoPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Should the club hire a Ford Transit or a Renault Master for the tour?", OK, 0, ""},
		{"Les Peugeot et les Renault de la course de côte partiront à 9 h.", OK, 0, ""},
		{"Le minibus est une Renault de 2015, contrôle technique en mars.", OK, 0, ""},
		{"Les Renault viennent dîner samedi avec leurs enfants.", Blocked, Personal, "name"},
		{"Merci à Mme Renault pour les gâteaux.", Blocked, Personal, "name"},
		{"Paul Ford viendra samedi.", Blocked, Personal, "name"},
	})
}
