package direct

import "testing"

// A login pair given after « est », "is" is a credential like one after a
// colon; words that only say where the login is are none.
func TestLoginPairAfterAVerb(t *testing.T) {
	checkDirect(t, []directCase{
		{"Our treasurer's online banking login is asso-tresor / Fa#minor77.", "credential", Blocked, "Fa#minor77"},
		{"Le login de la banque est club-treso / Soleil#2025", "credential", Blocked, "Soleil#2025"},
	})
	checkNone(t, "credential", []string{
		"The login is on the sticker / ask the caretaker.",
		"L'identifiant est votre adresse mail / voir la notice.",
	})
}
