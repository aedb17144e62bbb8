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
