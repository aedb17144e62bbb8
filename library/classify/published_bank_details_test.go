package classify

import "testing"

// The association's bank details published for donations are public,
// in English as in French, even with a mistyped key; a person's account
// in the same sentence as a name stays blocked.
func TestBankDetailsPublishedForDonationsPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Donations are welcome: the club's IBAN FR76 3000 6000 0112 3456 7890 189", OK, 0, ""},
		{"Les dons sont les bienvenus : IBAN de l'amicale FR76 3000 6000 0112 3456 7890 188", OK, 0, ""},
		{"Support us page: bank transfer to FR76 3000 6000 0112 3456 7890 189", OK, 0, ""},
		{"Support us by paying Jean Martin directly: FR76 3000 6000 0112 3456 7890 189", Blocked, Personal, "name"},
	})
}
