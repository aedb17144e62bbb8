package classify

import "testing"

// Money on the account is a balance the association has not published;
// the account named without an amount is only where a payment goes. And
// « sûr » folded is « sur »: the preposition is no wait for an answer.
func TestAccountIsABalanceOnlyWithAnAmount(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il ne reste que 800 euros sur notre compte.", Blocked, Sensitive, "finance"},
		{"Il reste 1 200 € sur le compte, on ne tiendra pas jusqu'en juin.", Blocked, Sensitive, "finance"},
		{"La subvention de la mairie est versée sur le compte en mars.", OK, Public, ""},
		{"Le remboursement sera fait sur le compte indiqué dans le formulaire.", OK, Public, ""},
		{"On n'est pas sûrs que la subvention de la mairie soit renouvelée.", Doubt, 0, ""},
	})
}
