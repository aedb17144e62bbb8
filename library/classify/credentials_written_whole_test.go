package classify

import "testing"

// A means of payment or access written out whole is a credential: a
// card's number with its security code, a login pair whose password
// follows a label or a handle. A card's number alone is an identifier,
// two handles are no pair, a timetable is no login.
func TestCredentialsWrittenWhole(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"CB du club : 4970 1012 3456 7898, exp 11/28, cryptogramme 552", Blocked, Sensitive, "credential"},
		{"Card 4970 1012 3456 7898 CVV 091, for the hall deposit", Blocked, Sensitive, "credential"},
		{"Accès au Drive : user benevoles44 / pass Orties-du-Jardin9", Blocked, Sensitive, "credential"},
		{"Page Facebook du festival : @festi.guinguette / Guinguette!2026", Blocked, Sensitive, "credential"},
		{"Suivez-nous : @festi.guinguette / @guinguette2026", OK, 0, ""},
		{"Horaires : 9h30 / 12h00, contact@asso.fr", OK, 0, ""},
		{"CB du club : 4970 1012 3456 7898, réunion salle 204", Blocked, Personal, "bank-card"},
	})
}

// A box's WPA2 key and a site's webmaster login with its password are
// credentials like a « clé wifi » and an « admin » login.
func TestWPA2KeysAndWebmasterLogins(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"WPA2 du local : Hq7Lp2xZ9mKt", Blocked, Sensitive, "credential"},
		{"Site de l'asso : webmaster / Ete-2026-Plage", Blocked, Sensitive, "credential"},
		{"Le wifi du local est en WPA2, demandez le code à l'accueil", OK, 0, ""},
	})
}
