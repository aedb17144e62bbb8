package classify

import "testing"

// A password right after its word, with no sign and no digit (« mot de
// passe toor »), is blocked when it is no word of the lexicon and no
// word of any class; a word, a service or a network after the password's
// name is no password (bare_password.go).
func TestBarePasswordAfterItsName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Serveur de la médiathèque : ssh gestion@10.0.0.4, mot de passe zorglub", Blocked, Sensitive, "credential"},
		{"Pour le compte du club, password tralfaz.", Blocked, Sensitive, "credential"},
		{"Box du local, mdp qwertzu, merci de ne pas le changer.", Blocked, Sensitive, "credential"},
	})
	allPass(t,
		"J'ai oublié mon mot de passe, comment le récupérer ?",
		"Où trouver le mot de passe wifi ?",
		"Comment changer le mot de passe Pronote ?",
		"Change ton mot de passe régulièrement.",
		"Forgot your password? Click the link.",
	)
}
