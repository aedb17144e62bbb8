package classify

import "testing"

// GPS coordinates precise to ten metres: a home's are a person's address,
// blocked; alone they are doubt (a meeting point may be public); numbers
// of other shapes are no coordinates.
func TestGPSCoordinates(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Domicile de la bénévole : 48.8566, 2.3522", Blocked, Personal, "geolocation"},
		{"She lives here: 43.2965;5.3698, ring twice", Blocked, Personal, "geolocation"},
		{"chez lui c'est 45.76404 4.83566 au fond de l'impasse", Blocked, Personal, "geolocation"},
		{"Point de rendez-vous de la rando : 44.9334, 4.8924", Doubt, Personal, "geolocation"},
		{"Meeting point 51.5072 / -0.1276 near the bridge", Doubt, Personal, "geolocation"},
		{"Mise à jour 12.0412.1 de l'application, version 3.14", OK, 0, ""},
		{"Le kilo de pommes passe de 2.35 à 2.49 euros", OK, 0, ""},
		{"Résultats : 12.5 km en 1.02 h", OK, 0, ""},
	})
}
