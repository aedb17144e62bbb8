package classify

import "testing"

// An IBAN with a wrong key is a doubt (perhaps the association's account,
// mistyped); said to be someone's, by a name or a possessive, it is a
// person's bank details: blocked. Said to be the club's own, it is a
// legal person's account, public whatever its key (own_account_iban.go).
func TestMistypedIBANOfAPersonIsBlocked(t *testing.T) {
	const bad = "FR76 3000 6000 0112 3456 7890 188" // key off by one
	runRuleCases(t, []ruleCase{
		{"Voici son RIB pour le remboursement : " + bad, Blocked, Personal, "iban"},
		{"Refund to his account please: " + bad, Blocked, Personal, "iban"},
		{"Virement à M. Perrin sur " + bad, Blocked, Personal, "iban"},
		{"IBAN du club pour les cotisations : " + bad, OK, 0, ""},
		{"IBAN pour les cotisations : " + bad, Doubt, Personal, "iban"},
	})
}
