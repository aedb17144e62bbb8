package classify

import "testing"

// A code typed in groups after a word that names a code is a credential
// (« code reçu par SMS : 493 018 »); an amount, a postal code, a year or a
// phone number in groups is not.
func TestCodeTypedInGroups(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le code reçu par SMS pour se connecter à la banque : 284 931", Blocked, Sensitive, "credential"},
		{"Code de l'alarme : 48 29 13", Blocked, Sensitive, "credential"},
		{"Your PIN is 77 31, don't lose it.", Blocked, Sensitive, "credential"},
		{"Le code de la route coûte 1 200 € avec l'auto-école.", OK, 0, ""},
		{"Code postal 75 011", OK, 0, ""},
		{"Code promo : 2024 2025", OK, 0, ""},
		{"Appeler le 06 12 34 56 78 pour le code.", Blocked, Personal, "phone"},
		{"The combination for the safe is 19-42-07.", Blocked, Sensitive, "credential"},
		{"Rendez-vous le 12-05-24 pour le code de la route.", OK, 0, ""},
	})
}
