package classify

import "testing"

// A British sort code with its account number is bank details, like an
// IBAN (direct/direct_sort_code.go): a person's is blocked as personal
// data, the association's own published for gifts or fees passes; it
// was read as a door code before (category 4 on a leaflet). A sort code
// alone names a bank branch.
func TestSortCodeIsBankDetails(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Please refund Mr Patel: sort code 20-00-00, account 55779911.", Blocked, Personal, "iban"},
		{"Her bank details: sort code 20-00-00, account 55779911.", Blocked, Personal, "iban"},
		{"Send the deposit back to sort code 40-11-62 acc 31926819, the caretaker's account.", Blocked, Personal, "iban"},
		{"Account number 31926819, sort code 40-11-62.", Blocked, Personal, "iban"},
		{"Our bank details for donations: Lloyds Bank, sort code 30-94-57, account 12345678.", OK, 0, ""},
		{"To support the food bank, send a gift to sort code 20-00-00, account number 55779911.", OK, 0, ""},
		{"Support our choir: BACS to sort code 60-83-71, account 10000001.", OK, 0, ""},
		{"Ways to give: a standing order to sort code 09-01-28, account 43770918.", OK, 0, ""},
		{"Our branch's sort code is 30-94-57.", OK, 0, ""},
		// the alarm code stays a secret, even with a sort code elsewhere
		{"Sort the boxes, then type the alarm code 1 9 0 4 at the back door.", Blocked, Sensitive, "credential"},
	})
}

// A fee paid by transfer to the association is its published account:
// « payable par virement », "payable by bank transfer".
func TestFeePayableByTransferPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Cotisation de 10 € par an, payable par virement (IBAN FR14 2004 1010 0505 0001 3M02 606).", OK, 0, ""},
		{"Membership £10 a year, payable by bank transfer (IBAN FR14 2004 1010 0505 0001 3M02 606).", OK, 0, ""},
		{"Remboursement de Mme Leroy, payable par virement sur son IBAN FR14 2004 1010 0505 0001 3M02 606.", Blocked, Personal, ""},
	})
}
