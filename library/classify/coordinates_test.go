package classify

import "testing"

// GPS coordinates of a home or next to a person are personal data; a
// meeting point for a hike or a monument's position passes, and so do
// prices and measures.
func TestCoordinatesOfAHome(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Domicile de la bénévole : 45.7640, 4.8357", Blocked, Personal, "postal-address"},
		{"Her house is at 51.5072, -0.1276, ring twice", Blocked, Personal, "postal-address"},
		{"Mme Ferrand habite ici : 43.2965 5.3698", Blocked, Personal, "postal-address"},
		{"Rendez-vous de la randonnée au parking : 45.1885, 5.7245", OK, 0, ""},
		{"Meeting point for the walk: 53.4084, -2.9916", OK, 0, ""},
		{"Tarifs : 12.500 € la saison, 3.750 € le trimestre", OK, 0, ""},
	})
}
