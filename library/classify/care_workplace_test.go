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
	})
}
