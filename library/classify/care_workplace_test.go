package classify

import "testing"

// A place of care right after a word of working there is a workplace;
// a stay told otherwise stays a fact of health.
func TestCareWorkplaceIsNoHealthFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Luc Garnier travaille à l'hôpital comme cuisinier.", Blocked, Personal, "name"},
		{"Mme Roux, bénévole à l'hôpital le mardi, tiendra le stand.", Blocked, Personal, "name"},
		{"Sarah Cole works at the hospital and will bring the cakes.", Blocked, Personal, "name"},
		{"Luc Garnier, qui travaille, est à l'hôpital depuis lundi.", Blocked, Sensitive, "health"},
		{"Sarah Cole has been in hospital since Monday.", Blocked, Sensitive, "health"},
		{"Luc, bénévole a l'hopital le mardi, tiendra le stand.", Blocked, Personal, "name"},
	})
}

// The unaccented « a » after a word of work is the verb « avoir » when no
// article follows it: the past it opens is the person's.
func TestAuxiliaryAfterWorkWordIsNoWorkplace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le nouveau bénévole a fait de la prison, ne le mettez pas à la caisse.", Blocked, Sensitive, "criminal"},
		{"Notre stagiaire a été hospitalisée lundi.", Blocked, Sensitive, "health"},
	})
}
