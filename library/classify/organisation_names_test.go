package classify

import "testing"

// An organisation's name after a label that says so, or after the head of
// a body (« Amicale », « Cercle »), is no person's, even when it holds a
// first name or a public figure's name; a person's full name after such a
// label, or after a colon that follows the body's name, stays a person.
func TestOrganisationNamesAreNoPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Organisation name: Brittany English Theatre Group", OK, Public, ""},
		{"Nom de l'association : Amicale Laïque Jean Moulin", OK, Public, ""},
		{"Le Cercle Jean Jaurès organise un débat sur la laïcité.", OK, Public, ""},
		{"Bourse Marie Curie : dépôt des dossiers avant le 30 mars.", OK, Public, ""},
	})
}

func TestOrganisationNamesGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Organisation name: Kelly Brown", Blocked, Personal, "name"},
		{"Amicale laïque : Jean Dupont a la clé du local.", Blocked, Personal, "name"},
		{"École Jules-Ferry, Paul Martin viendra chercher les enfants.", Blocked, Personal, "name"},
		{"Nom : Brittany Kowalski", Blocked, Personal, "name"},
		{"Bourse aux vêtements : Marie Durand tiendra la caisse.", Blocked, Personal, "name"},
	})
}
