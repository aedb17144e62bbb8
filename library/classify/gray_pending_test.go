package classify

import "testing"

// A pending matter is doubt with the rule that says what kind of news it
// is — never blocked, since nothing in it is a person's fact.
func TestPendingMattersAreDoubtWithTheirRule(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Point à discuter au prochain bureau : le prix des goûters.", Doubt, 0, "internal"},
		{"On conteste le devis du menuisier, trop de lignes en double.", Doubt, 0, "partner"},
		{"Seulement trois bénévoles sont venus au rangement de samedi.", Doubt, 0, "aggregate"},
		{"Une famille que nous accompagnons vient de trouver un logement.", Doubt, 0, "vague"},
		{"A potential sponsor for the kits reached out to us last week.", Doubt, 0, "partner"},
	})
}

// What makes a sentence public wins over a pending matter: the reader
// addressed, a publication, good news, the weather, a generic heading; a
// sentence that says itself it is not public yet stays doubt even when it
// speaks to its reader.
func TestPublicSentencesOverrulePendingMatters(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Venez à notre atelier pour tenir un budget serré au quotidien.", OK, 0, ""},
		{"Notre bilan mitigé de la saison est publié sur notre site.", OK, 0, ""},
		{"Bonne nouvelle : le planning des permanences n'a plus de trous !", OK, 0, ""},
		{"Randonnée compromise par la pluie, reportée à dimanche.", OK, 0, ""},
		{"Atelier : comment trancher un désaccord à la prochaine réunion de copropriété.", OK, 0, ""},
		{"Please don't share yet: our new logo, first draft.", Doubt, 0, "internal"},
	})
}

// A number of the activity per week is a statistic when it counts people
// or things, not when it gives a time, a price or a limit.
func TestActivityRateCountsPeopleNotHoursOrLimits(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Environ 35 passages par semaine à l'accueil de jour cet hiver.", Doubt, 0, "aggregate"},
		{"About 12 children a night at the winter shelter in January.", Doubt, 0, "aggregate"},
		{"Bénévolat possible 3 h par semaine, le soir.", OK, 0, ""},
		{"Cotisation : 5 € par mois.", OK, 0, ""},
		{"Maximum 8 enfants par séance.", OK, 0, ""},
	})
}
