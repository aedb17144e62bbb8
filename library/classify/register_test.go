package classify

import "testing"

// A list or a file of the association's people qualified by a special
// category (« liste des bénévoles musulmans », « fichier des résidents
// diabétiques », "list of members in the union") names each person on
// it: category 4, like a biometric file of its people. A list of
// associations, of places of worship, of doctors, or a list that is
// counted keeps its verdict.
func TestSpecialCategoryOfThePeopleOfAList(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Liste des bénévoles musulmans pour adapter le planning pendant le ramadan.", Blocked, Sensitive, ""},
		{"Fichier des résidents diabétiques avec leur régime, pour la cuisine.", Blocked, Sensitive, ""},
		{"Liste des familles roms du terrain, à transmettre à la mairie.", Blocked, Sensitive, ""},
		{"Tableau des 14 salariés syndiqués, à envoyer au cabinet de conseil.", Blocked, Sensitive, ""},
		{"Liste des adhérents séropositifs pour la visite de l'infirmière.", Blocked, Sensitive, ""},
		{"Registre des jeunes placés par l'ASE présents au séjour d'été.", Blocked, Sensitive, ""},
		{"List of the volunteers who are Jehovah's Witnesses, for the Christmas rota.", Blocked, Sensitive, ""},
		{"Spreadsheet of our tenants on methadone, for the outreach worker.", Blocked, Sensitive, ""},
		{"Roster of the players with epilepsy, for the coach's bag.", Blocked, Sensitive, ""},
		{"List of members in the union, to send to the new director.", Blocked, Sensitive, ""},
		{"Liste des associations musulmanes de la ville, publiée par la mairie.", OK, Public, ""},
		{"Annuaire des médecins psychiatres du département.", OK, Public, ""},
		{"Liste des personnes handicapées accueillies en 2024 : 32, contre 28 en 2023.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"List of the charities working with people living with HIV in the county.", OK, Public, ""},
		{"Liste des lieux de culte ouverts pendant les journées du patrimoine.", OK, Public, ""},
		{"Fichier des partenaires de la banque alimentaire, mis à jour en mars.", Doubt, 0, ""}, // a doubt before this rule, and still
	})
}
