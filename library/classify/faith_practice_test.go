package classify

import "testing"

// A religious practice told of a person without the name of the faith
// (refusing to shake hands with the other sex) is category 4; the same
// gesture told of everyone is not about anyone's faith.
func TestAReligiousPracticeToldOfAPersonIsSensitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Ould ne serre pas la main des hommes, prévenez les bénévoles.", Blocked, Sensitive, "religion"},
		{"Mr Khan won't shake hands with women, please warn the stewards.", Blocked, Sensitive, "religion"},
		{"Pour la remise des prix, on ne serre pas de mains : un salut suffit.", OK, Public, ""},
	})
}
