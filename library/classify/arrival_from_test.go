package classify

import "testing"

// A person who arrived from, came from or fled a country: an origin
// (category 4). A thing that arrived from a country, a person back from
// a holiday and a town that is no country keep their verdict.
func TestArrivalFromACountry(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La famille Kovač est arrivée de Bosnie en 2019.", Blocked, Sensitive, "origin"},
		{"Amina came over from Somalia as a child.", Blocked, Sensitive, "origin"},
		{"Our cook came from Poland in 2004.", Blocked, Sensitive, "origin"},
		{"Elle a fui l'Érythrée il y a trois ans.", Blocked, Sensitive, "origin"},
		{"Paul est arrivé d'Italie pour les vacances.", Blocked, Personal, "name"},
		{"Julie est venue de Lyon en train.", Blocked, Personal, "name"},
		{"Le camion est arrivé de Pologne avec les dons.", OK, Public, ""},
		{"Le colis venu de Chine est bloqué en douane.", OK, Public, ""},
	})
}
