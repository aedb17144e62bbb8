package classify

import "testing"

// « le Sud », « l'Afrique du Sud » are places; « SUD », « Sud Rail » the union.
func TestCompassPointIsNoUnion(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Voyage solidaire en Afrique du Sud avec les jeunes du club en avril.", OK, 0, ""},
		{"Nos bénévoles partent en vacances dans le Sud en août.", OK, 0, ""},
		{"Karim est délégué SUD à la poste.", Blocked, Sensitive, "union"},
		{"Karim est à Sud Rail depuis 2019.", Blocked, Sensitive, "union"},
		{"Karim a adhéré au SUD l'an dernier.", Blocked, Sensitive, "union"},
	})
}
