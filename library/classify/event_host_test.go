package classify

import "testing"

// The host of a workshop or a talk does not own its themes; a name, a
// matter told of the host or a person other than the host keep the
// matter someone's.
func TestHostDoesNotOwnTheWorkshopThemes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Atelier « Vos droits au travail » animé par une juriste bénévole : contrat, licenciement, prud'hommes.", OK, 0, ""},
		{"Atelier sur le licenciement et les prud'hommes, animé par une avocate bénévole.", OK, 0, ""},
		{"Workshop on unfair dismissal and employment tribunals, led by a volunteer lawyer.", OK, 0, ""},
		{"Atelier animé par Mme Roche : licenciement, prud'hommes.", Blocked, Sensitive, "hr"},
		{"Formation animée par notre juriste : le licenciement de Paul.", Blocked, Sensitive, "hr"},
		{"Atelier animé par une juriste, la secrétaire est aux prud'hommes.", Blocked, Sensitive, "hr"},
		{"Atelier animé par une juriste : son licenciement aux prud'hommes le 12 mars.", Blocked, Sensitive, "hr"},
		{"Atelier animé par une juriste : plainte contre le maire pour harcèlement.", Blocked, Sensitive, "litigation"},
	})
}
