package classify

import "testing"

// A percentage of a price, of proceeds or of takings is a price or a
// pledge: public. A percentage of the association's people stays a
// statistic: a doubt.
func TestPercentageOfMoneyIsNoStatistic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Vide-grenier des familles : 15 % des recettes reversés à l'école.", OK, 0, ""},
		{"Tournoi des jeunes : 10 % reversés au club de handisport.", OK, 0, ""},
		{"Youth gala: 10% of the takings go to the children's ward.", OK, 0, ""},
		{"20 % des familles inscrites n'ont pas renouvelé leur adhésion.", Doubt, 0, "aggregate"},
		{"30% of our families are behind on their rent.", Doubt, 0, "aggregate"},
	})
}
