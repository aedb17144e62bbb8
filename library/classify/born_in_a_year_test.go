package classify

import "testing"

// "Born in" is a phrase of origin before a place and a date before a
// year: only the place tells where someone comes from (category 4).
func TestBornInAYearIsNoOrigin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"She was born in 1953 and joined the choir in 1990.", Doubt, Personal, "birthdate"}, // a birth year: a doubt, no origin
		{"The club's founder, born in 1921, died in 2004.", Doubt, Personal, "birthdate"},
		{"She was born in Algeria and arrived in Lyon in 2015.", Blocked, Sensitive, "origin"},
		{"Karim Benali, born in Morocco, lives in Roubaix.", Blocked, Sensitive, "origin"},
	})
}
