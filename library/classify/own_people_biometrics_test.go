package classify

import "testing"

// Biometric data collected from the association's people is sensitive
// even in the plural, whatever word the association uses for its people
// (the players of a club, the tenants of a housing association); a talk
// about biometrics names no such group.
func TestBiometricsOfTheAssociationsPeopleByTheirWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Empreintes digitales des joueurs enregistrées pour le vestiaire.", Blocked, Sensitive, "biometric"},
		{"Reconnaissance faciale des locataires à l'entrée de l'immeuble.", Blocked, Sensitive, "biometric"},
		{"Conférence sur les empreintes digitales et la police scientifique.", OK, Public, ""},
	})
}
