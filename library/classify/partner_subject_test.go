package classify

import "testing"

// A partner tells an orientation when it has the gender of its own
// subject, the nearest person before the link; another person's gender
// in the sentence tells nothing.
func TestPartnerOfTheNearestSubject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mon frère a un mari.", Blocked, Sensitive, "sexuality"},
		{"Notre trésorier a un mari.", Blocked, Sensitive, "sexuality"},
		{"Le président vit avec un homme.", Blocked, Sensitive, "sexuality"},
		{"Elle vit avec une femme.", Blocked, Sensitive, "sexuality"},
		{"Marc viendra avec son mari.", Blocked, Sensitive, "sexuality"},
		{"Il dit que Julie a un mari très gentil.", Blocked, Personal, "name"},
		{"Pierre et Julie : elle a un mari, lui a une épouse.", Blocked, Personal, "name"},
		{"Jean-Pierre a salué la doyenne et son époux.", Blocked, Personal, "name"},
		{"Marc a invité sa sœur et son époux au gala.", Blocked, Personal, "name"},
		{"Elle est venue avec Paul et son épouse.", Blocked, Personal, "name"},
		{"Marc, dont la sœur a un mari, viendra.", Blocked, Personal, "name"},
	})
}
