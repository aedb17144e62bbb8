package classify

import "testing"

// A password after an e-mail address is still a password, whatever words
// the address holds (a domain « partage » is no « partage de mot de
// passe »); recovery codes of an account are secrets like a password.
func TestPasswordAfterAnAddressAndRecoveryCodesAreBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"compte Canva : communication@atelier-partage.org mdp : Tulipe#Rouge42", Blocked, Sensitive, "credential"},
		{"accès : benevoles@jardin-partage.fr, mot de passe : Radis2024!", Blocked, Sensitive, "credential"},
		{"Codes de récupération de la boîte mail du club : 3391 0042 7718", Blocked, Sensitive, "credential"},
		{"Recovery codes for the club's Microsoft account: 88213 40917", Blocked, Sensitive, "credential"},
		{"Atelier partage de mot de passe : pourquoi c'est risqué", OK, 0, ""},
		{"Pensez à imprimer vos codes de secours et à les ranger chez vous", OK, 0, ""},
	})
}
