package classify

import "testing"

// « celui » or « celle » and what they did or have point at one person;
// the same words in a rule for whoever fits it do not.
func TestPersonPointedAtByADemonstrativePronoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le bénévole du jeudi, celui qui a la camionnette blanche, a encore oublié les clés", Blocked, Personal, "indirect"},
		{"La voisine du local, celle qui a trois chats, se plaint du bruit", Blocked, Personal, "indirect"},
		{"Le gagnant sera celui qui a le plus de points", OK, 0, ""},
		{"Celui qui a trouvé des clés peut les déposer à l'accueil", OK, 0, ""},
	})
}
