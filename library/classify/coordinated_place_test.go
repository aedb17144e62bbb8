package classify

import "testing"

// A place named like a first name, joined by « et »/"and" to a place
// after a preposition of place, is the second place; a first name that
// opens the next clause, or carries a surname or a possessive, stays a
// person.
func TestCoordinatedPlaceIsNoName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The exchange trip visits schools in Paris and London.", OK, 0, ""},
		{"Photos of the choir trip in Rome and Florence.", OK, 0, ""},
		{"The choir has sung in Paris and London, and next year in Berlin.", OK, 0, ""},
		{"We will travel in France and Florence, then home.", OK, 0, ""},
		{"Le stage d'été a lieu en Bretagne et Lorraine.", OK, 0, ""},
		{"Les ateliers tournent en Alsace ou Lorraine, selon les années.", OK, 0, ""},
		{"We met in Paris and Sophie was there too.", Blocked, Personal, "name"},
		{"The volunteers in Paris and Sophie Martin will help.", Blocked, Personal, "name"},
		{"Send the keys in Paris and London's office.", Blocked, Personal, "name"},
		{"Il travaille en Bretagne et Karim conduit le camion.", Blocked, Personal, "name"},
		{"Les bénévoles à Lyon et Karim ont rangé la salle.", Blocked, Personal, "name"},
	})
}
