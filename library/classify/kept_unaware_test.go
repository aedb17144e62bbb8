package classify

import "testing"

// A partner or a funder kept unaware of what the association does, and
// audits gone wrong said in English, are the association's confidential
// matters as they are in French; a public workshop on a tax form is not.
func TestPartnerKeptUnawareAndAuditsInEnglish(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le bailleur ne sait pas qu'on héberge deux familles dans le local", Blocked, Sensitive, "confidential"},
		{"The trust has no idea we moved the grant to the rent", Blocked, Sensitive, "confidential"},
		{"HMRC investigation into our Gift Aid claims starts Monday", Blocked, Sensitive, "finance"},
		{"Our examiner refused to sign off the accounts for 2024", Blocked, Sensitive, "finance"},
		{"Info HMRC : comment remplir la déclaration Gift Aid, atelier jeudi", OK, 0, ""},
		{"Workshop: what the Charity Commission expects in your annual return", OK, 0, ""},
	})
}
