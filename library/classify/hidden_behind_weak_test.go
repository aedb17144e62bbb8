package classify

import "testing"

// A weak entry (« sous bracelet ») no longer hides a stronger one that
// overlaps it (« bracelet électronique ») when it is said of a subject
// that is a person; said of no one, both pass as before.
func TestHiddenBehindWeak(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le maire est sous bracelet électronique.", Blocked, Sensitive, "criminal"},
		{"Il est sous bracelet électronique depuis mars.", Blocked, Sensitive, "criminal"},
		{"Le nombre de détenus sous bracelet électronique a doublé en dix ans.", OK, 0, ""},
		{"Conférence : vivre sous bracelet électronique, entrée libre.", OK, 0, ""},
	})
}

// A public figure's debt collected at home is a private matter: the
// name is no longer passed as an act in office (public_role_private.txt).
func TestPublicFigureBailiff(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La députée Claire Dumont a rencontré l'huissier au sujet de la saisie.", Doubt, Personal, "public-figure"},
		{"La députée Claire Dumont a inauguré la maison de santé.", OK, 0, ""},
	})
}
