package classify

import "testing"

// A change in how many people come, seen in a period of the
// association's own or told as a trend, is a statistic about its public:
// doubt.
func TestATrendSeenInThePublicIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Moins de parents viennent le mercredi depuis septembre.", Doubt, 0, "aggregate"},
		{"La maraude croise davantage de mineurs isolés près du canal depuis octobre.", Doubt, 0, "aggregate"},
		{"On accueille beaucoup plus de retraités à l'épicerie ces derniers mois.", Doubt, 0, ""},
		{"De moins en moins de jeunes restent après le foot du samedi.", Doubt, 0, ""},
		{"The outreach team is seeing more rough sleepers around the station this winter.", Doubt, 0, "aggregate"},
		{"Fewer and fewer parents stay for the Saturday coffee.", Doubt, 0, ""},
		{"We've had far fewer families at the Tuesday pantry since the summer.", Doubt, 0, ""},
		{"Not as many members as we hoped: not enough volunteers have been coming to the clean-ups.", Doubt, 0, ""},
	})
}

// An appeal for more hands, an offer to more people, a count, a source
// and a sentence to the public pass.
func TestMoreOrFewerThatIsNoTrendPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nous recherchons plus de bénévoles cet hiver pour la maraude.", OK, 0, ""},
		{"Plus de places pour les enfants cet été au centre de loisirs : inscrivez-vous !", OK, 0, ""},
		{"This winter, more families can get free meals at our café on Mondays.", OK, 0, ""},
		{"We need more volunteers this spring for the river clean-up.", OK, 0, ""},
		{"Cette saison, plus de matchs à domicile pour l'équipe fanion !", OK, 0, ""},
	})
}
