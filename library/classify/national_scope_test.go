package classify

import "testing"

// A statistic whose scope is a country or the world, or that a public
// body gives, describes a population: no doubt. The same figure about our
// own public stays a doubt.
func TestNationalStatisticIsNoDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"In the UK, about one adult in six has asthma, according to national figures.", OK, 0, ""},
		{"Dans le monde, 30 % des adultes manquent d'activité physique.", OK, 0, ""},
		{"D'après les chiffres de l'INSEE, 14 % des ménages de la ville vivent sous le seuil de pauvreté.", OK, 0, ""},
		{"En France comme ailleurs, 30 % de nos adhérents ont plus de 70 ans.", Doubt, Personal, "aggregate"},
		{"30 % des bénéficiaires de l'épicerie vivent sous le seuil de pauvreté.", Doubt, Personal, "aggregate"},
	})
}
