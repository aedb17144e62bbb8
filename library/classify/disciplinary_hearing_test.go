package classify

import "testing"

// A disciplinary hearing someone went through is a matter of people;
// the body that holds them, named in a rule book, is not.
func TestDisciplinaryHearingOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre coach est passé en conseil de discipline l'an dernier.", Blocked, Sensitive, "hr"},
		{"Our treasurer faces a disciplinary hearing next week.", Blocked, Sensitive, "hr"},
		{"Règlement intérieur : rôle de la commission de discipline.", OK, 0, ""},
		{"Le conseil de discipline de la fédération se réunit en mars (règlement en ligne).", OK, 0, ""},
	})
}
