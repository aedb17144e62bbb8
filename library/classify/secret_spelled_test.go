package classify

import "testing"

// A password spelled out letter by letter after its noun, and a phone
// written with underscores, are given (secret_spelled.go, direct
// skipSep). Steps, a rule of shape, a public code and a file name with
// underscores pass.
func TestSpelledSecretAndUnderscoredPhone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le mot de passe de la box, je te l'épelle : m, o, u, e, t, t, e, puis 4.", Blocked, Sensitive, "credential"},
		{"The Wi-Fi password is: k, e, s, t, r, e, l, 9.", Blocked, Sensitive, "credential"},
		{"Le portable de Théo, au cas où : 06_19_55_72_40.", Blocked, Personal, "phone"},
		{"Le mot de passe : voir les étapes a, b et c du guide.", OK, 0, ""},
		{"Le code de conduite : a, b, c, d, e.", OK, 0, ""},
		{"Le fichier 2024_03_15_rapport.pdf est sur le drive.", OK, 0, ""},
	})
}
