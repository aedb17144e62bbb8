package classify

import "testing"

// A matter's word as the heading or slogan of public information passes;
// the same word with someone, the association speaking of itself or one
// of its places after the heading stays a matter of the association.
func TestMatterNamedAsAPublicHeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Harcèlement scolaire : le 3018, numéro national gratuit et anonyme.", OK, 0, ""},
		{"Non au harcèlement scolaire !", OK, 0, ""},
		{"Stop au harcèlement en ligne : atelier parents le 12 mars.", OK, 0, ""},
		{"Licenciement économique : vos droits, permanence gratuite.", OK, 0, ""},
		{"Say no to bullying at school: free helpline for families.", OK, 0, ""},
		{"Harcèlement au bureau : on en parle jeudi.", Blocked, Sensitive, "hr"},
		{"Harcèlement : on a reçu un signalement.", Blocked, Sensitive, "hr"},
		{"Harcèlement scolaire : nous avons un cas en CM2.", Blocked, Sensitive, "hr"},
		{"Licenciement de la secrétaire : à voter en CA.", Blocked, Sensitive, "hr"},
		{"Workplace harassment: one of our volunteers has complained.", Blocked, Sensitive, "hr"},
	})
}

// A heading of the association's money is its accounts, not a topic.
func TestMoneyIsNoPublicHeading(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Trésorerie : il ne reste que 3 200 € sur le compte courant.", Blocked, Sensitive, "finance"},
		{"Licenciement : 12 000 € d'indemnités à prévoir.", Blocked, Sensitive, "hr"},
	})
}
