package classify

import "testing"

// The results of a survey the association ran and reports are published
// figures about its public as a whole; a statistic told without them, or
// a figure kept back, stays a doubt.
func TestSurveyResultsArePublished(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Enquête de satisfaction 2025 : 91 % des familles recommandent la ludothèque.", OK, Public, ""},
		{"Résultats du sondage : 70 % des adhérents préfèrent les ateliers le samedi.", OK, Public, ""},
		{"Satisfaction survey: 85% of parents rate the homework club as good or very good.", OK, Public, ""},
		{"70 % de nos adhérents sont au RSA, ne pas le diffuser.", Doubt, 0, ""},
	})
}
