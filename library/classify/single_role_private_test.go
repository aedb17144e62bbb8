package classify

import "testing"

// A role the association gives once points at one person: a private fact
// told of it is blocked; the role acting as such stays a doubt, and an
// indefinite one (a post, a volunteer) is no one in particular.
func TestPrivateFactAboutASingleRoleIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre trésorière est veuve depuis un mois", Blocked, Personal, "indirect"},
		{"La présidente divorce, elle est un peu absente", Blocked, Personal, "indirect"},
		{"Our secretary is moving to Leeds in March", Blocked, Personal, "indirect"},
		{"La trésorière présentera les comptes à l'AG", Doubt, Personal, "single-role"},
	})
}
