package classify

import "testing"

// A venue of the association's kind named after a person, with its
// adjective between (« Jardin partagé Louise-Michel », « Espace associatif
// Nelson-Mandela »), is a place; a person after a colon, a civility or
// a family home stay a person.
func TestVenueWithAdjectiveNamedAfterAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jardin partagé Louise-Michel : plantation des bulbes samedi matin.", OK, 0, ""},
		{"Espace associatif Nelson-Mandela, 2e étage, salle B.", OK, 0, ""},
		{"Café solidaire Germaine-Tillion : ouverture à 9h.", OK, 0, ""},
		{"Jardin partagé : Louise Michel a encore arraché les tomates des voisins.", Blocked, Personal, "name"},
		{"Espace associatif : Nelson Martin y dort depuis trois nuits.", Blocked, Personal, "name"},
		{"Le jardin partagé de Mme Durand est envahi de ronces.", Blocked, Personal, "name"},
		{"La maison familiale de Jean Moreau est à vendre.", Blocked, Personal, "name"},
	})
}
