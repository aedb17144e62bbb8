package classify

import "testing"

// Départements and régions are places of the communes list (built by
// scripts/build-lexicons.mjs); a person whose surname is spelt like one
// stays a person, and one spelt like a name of the lists is not added.
func TestDepartementsArePlacesAndSurnamesStayPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Randonnée dans les Vosges le 12 mai, départ 8 h.", OK, Public, ""},
		{"Séjour en Haute-Savoie pour les jeunes du club.", OK, Public, ""},
		{"Colonie dans le Finistère cet été : inscriptions ouvertes.", OK, Public, ""},
		{"Jean Cantal viendra samedi.", Blocked, Personal, "name"},
		{"Pierre Brest viendra samedi au local.", Blocked, Personal, "name"},
		{"Rappeler Mme Bretagne pour le covoiturage.", Blocked, Personal, ""},
	})
}
