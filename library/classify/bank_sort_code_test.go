package classify

import "testing"

// A British sort code with its account number is bank details, like an
// IBAN (direct/direct_sort_code.go): blocked as personal data, category
// 3, where it was read as a door code (category 4); the association's
// own passes where an IBAN would (« for donations », « our account »). A
// sort code alone names a bank branch.
func TestSortCodeIsBankDetails(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Please refund Mr Patel: sort code 20-00-00, account 55779911.", Blocked, Personal, "iban"},
		{"Her bank details: sort code 20-00-00, account 55779911.", Blocked, Personal, "iban"},
		{"Send the deposit back to sort code 40-11-62 acc 31926819, the caretaker's account.", Blocked, Personal, "iban"},
		{"Account number 31926819, sort code 40-11-62.", Blocked, Personal, "iban"},
		{"Our bank details for donations: Lloyds Bank, sort code 30-94-57, account 12345678.", OK, 0, ""},
		// an appeal's words are no proof that the account is ours: a
		// review found persons' accounts after « payable par virement »,
		// "send a gift" (« Pay by bank transfer to me personally »)
		{"Ways to give: a standing order to sort code 09-01-28, account 43770918.", Blocked, Personal, "iban"},
		{"Pay by bank transfer to me personally: sort code 20-00-00, account 55779911.", Blocked, Personal, "iban"},
		{"Our branch's sort code is 30-94-57.", OK, 0, ""},
		// the alarm code stays a secret, even with a sort code elsewhere
		{"Sort the boxes, then type the alarm code 1 9 0 4 at the back door.", Blocked, Sensitive, "credential"},
	})
}
