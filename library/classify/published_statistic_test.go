package classify

import "testing"

// A statistic from a dated study or one cited as a source is published:
// public, in French and in English.
func TestStatisticFromDatedStudyIsPublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Baromètre 2025 de la fédération : 62 % des bénévoles se disent fiers de leur club.", OK, 0, ""},
		{"Selon l'étude de l'observatoire, la moitié des adhérents viennent à pied.", OK, 0, ""},
		{"The 2023 members' survey found that 80% of our volunteers would recommend us.", OK, 0, ""},
		{"According to the census, a third of the households in the ward rent privately.", OK, 0, ""},
	})
}

// Labelled as internal or provisional, or cited from no study, the same
// figures stay a doubt.
func TestStatisticKeptInsideStaysDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Sondage interne 2025 : 30 % des bénévoles pensent arrêter.", Doubt, 0, "aggregate"},
		{"Provisional 2024 survey results: 45% of our families are single parents.", Doubt, 0, "aggregate"},
		{"62 % des bénévoles se disent fatigués cette année.", Doubt, 0, ""},
	})
}

// The association's own undated poll is not published: its statistic
// stays a doubt; a report of ours, or a dated survey, is published.
func TestOwnPollIsNoPublishedSource(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Most of our swimmers' parents are unemployed, according to our survey.", Doubt, Personal, "aggregate"},
		{"Selon notre rapport d'activité, 60 % des familles sont monoparentales.", OK, 0, ""},
		{"D'après notre enquête de satisfaction 2024, 87 % des participants sont contents.", OK, 0, ""},
	})
}
