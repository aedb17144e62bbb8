package classify

import "testing"

// A form's blank fields name no one: a label after a label (« Nom :
// ______ Prénom : ______ ») is no name; a value after a label still is.
func TestBlankFormFieldsAreNoName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Modèle de fiche d'inscription : Nom : ______ Prénom : ______ Téléphone : ______", OK, 0, ""},
		{"Nom : Prénom : Adresse :", OK, 0, ""},
		{"Nom : ____ Prénom : Karima", Blocked, Personal, "name"},
		{"Nom : Prénom : karima", Blocked, Personal, "name"},
		{"nom : durand : bénéficiaire, 3 enfants", Blocked, Personal, "name"},
	})
}

// « Adopté en AG » tells a vote, not an adoption: no origin; a child
// adopted in a country still is one.
func TestAdoptedByAVoteIsNoOrigin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le budget prévisionnel joint à la demande est celui adopté en AG et publié sur le site.", OK, 0, ""},
		{"Le règlement intérieur, adopté au conseil du 3 mars, est affiché à l'accueil.", OK, 0, ""},
		{"Léa, adoptée en Éthiopie, parle encore peu français.", Blocked, Sensitive, "origin"},
	})
}
