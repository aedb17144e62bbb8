package classify

import "testing"

// Leaks a read-only review found in this evening's relaxations: a slash
// between two words, a compass point before a union's branch, a famous
// namesake with us, a label that describes someone, a personal mailbox.
func TestRelaxationsKeepTheseBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un de nos bénévoles a le VIH/sida.", Blocked, Sensitive, "health"},
		{"Marie Lefort, élue du Sud Rail, sera présente.", Blocked, Sensitive, "union"},
		{"Jeanne Moreau, atteinte d'un cancer, a regardé le documentaire avec nous.", Blocked, Sensitive, "health"},
		{"Papa atteint d'Alzheimer : comment l'accompagner ?", Blocked, Sensitive, "health"},
		{"Écrire à coach.dupont@gmail.com", Blocked, Personal, "email"},
	})
}
