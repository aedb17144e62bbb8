package classify

import "testing"

// A pseudonymised person with two quasi-identifiers around the code is
// still recognisable: personal, blocked. The writer's own codes count as
// tamis's. A code alone, or with one detail, stays as it is.
func TestCodeWithQuasiIdentifiersIsStillSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Personne_007 : 52 ans, aide-soignante à Vierzon, deux enfants.", Blocked, Personal, "indirect"},
		{"Bénévole_003, 41 ans, boulanger à Ussel, divorcé.", Blocked, Personal, "indirect"},
		{"Client_12: 29, nurse in Bude, lives alone with her dog.", Blocked, Personal, "indirect"},
		{"Famille_08 : arrivée en mars à Guéret, trois enfants scolarisés.", Blocked, Personal, "indirect"},
		{"Personne_002 viendra à l'atelier de lundi.", OK, 0, ""},
	})
}
