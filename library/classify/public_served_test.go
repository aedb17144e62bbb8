package classify

import "testing"

// A sensitive word beside a public that nothing counts says whom an
// activity is for, as a leaflet would: public, in French and in English.
func TestPublicServedIsNoStatistic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Séances de sophrologie ouvertes aux patients en rémission d'un cancer", OK, 0, ""},
		{"Ateliers d'écriture avec des personnes sans papiers hébergées au foyer", OK, 0, ""},
		{"Tai chi for patients recovering from a stroke", OK, 0, ""},
	})
}

// Counted (a number, « plusieurs », « la moitié », "some") or the
// association's own public (« nos bénévoles », "our patients"), the same
// words are a statistic about people: a doubt.
func TestCountedOrOwnPublicWithSensitiveFactStaysDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une dizaine de bénévoles musulmans jeûnent pendant le ramadan", Doubt, 0, "aggregate"},
		{"La moitié des enfants autistes du groupe ont arrêté la piscine", Doubt, 0, "aggregate"},
		{"Nos bénévoles en dépression ont besoin de soutien", Doubt, 0, "aggregate"},
		{"Some patients recovering from a stroke dropped out of tai chi", Doubt, 0, "aggregate"},
		{"Half of the patients recovering from a stroke stopped coming", Doubt, 0, "aggregate"},
		{"Our patients recovering from a stroke asked for a second session", Doubt, 0, "aggregate"},
	})
}
