package classify

import "testing"

// What a background check returns about the person checked ("one
// conviction for assault", "a previous conviction for theft", « two unspent
// convictions » of a named driver) is a criminal matter: category 4. A
// statistic, guidance for trustees or a public talk keep their verdict.
func TestConvictionReturnedByABackgroundCheck(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Background check came back for the new youth leader: one conviction for assault in 2015.", Blocked, Sensitive, "criminal"},
		{"Our new minibus driver has two unspent convictions for drink-driving.", Blocked, Sensitive, "criminal"},
		{"DBS came back: a previous conviction for theft, 2011.", Blocked, Sensitive, "criminal"},
		{"The applicant for the treasurer's role has a spent conviction for fraud.", Blocked, Sensitive, "criminal"},
		{"Gary's check shows a conviction for handling stolen goods.", Blocked, Sensitive, "criminal"},
		{"She told us about a previous conviction for shoplifting when she applied.", Blocked, Sensitive, "criminal"},
		{"Le nombre de condamnations pour violences a baissé de 8 % en 2023.", OK, Public, ""},
		{"Trustees with unspent convictions for dishonesty cannot serve: guidance for charities.", Doubt, 0, ""}, // a doubt before this rule, and still
		{"Talk by a former judge on how convictions for minor offences affect jobs, open to all.", OK, Public, ""},
	})
}
