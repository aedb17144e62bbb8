package classify

import "testing"

// A person told by a role has the gender of its determiner: a partner of
// the same gender tells an orientation (category 4). A partner of the
// other gender, a role whose determiner tells no gender and a man who
// only comes along keep their verdict.
func TestRoleHolderWithAPartnerOfTheSameGender(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le président vit avec un homme, mais personne au club ne le sait.", Blocked, Sensitive, "sexuality"},
		{"La trésorière sort avec une femme depuis l'été.", Blocked, Sensitive, "sexuality"},
		{"Le cuisinier du foyer vit avec son copain à Bron.", Blocked, Sensitive, "sexuality"},
		{"La présidente vit avec un homme depuis vingt ans.", Doubt, Personal, "single-role"},
		{"Le président viendra avec un homme de la mairie.", Doubt, Personal, "single-role"},
	})
}
