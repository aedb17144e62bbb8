package classify

import "testing"

func TestCodeSaidInWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Je te donne le code de la carte de l'asso pour les courses : trois, neuf, zéro, six.", Blocked, Sensitive, "credential"},
		{"Le code du portail : un deux trois quatre, comme d'habitude.", Blocked, Sensitive, "credential"},
		{"The alarm code is five five one two.", Blocked, Sensitive, "credential"},
		{"Code de conduite : un, deux, trois soleil pour les petits.", OK, 0, ""},               // three words, a game
		{"Le code de la route compte deux, trois ou quatre panneaux nouveaux.", OK, 0, ""},      // not in a row
		{"Le code postal : six, huit, deux, zéro, zéro ? Je ne m'en souviens plus.", OK, 0, ""}, // a postcode
	})
}
