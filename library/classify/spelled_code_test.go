package classify

import "testing"

// A code said in words, a few words after a word that names a secret code,
// is a credential; counting rhymes, bingo draws, numbered rules and public
// codes (highway, promo, dress, postal) say digits in words too.
func TestCodeSaidInWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Je te donne le code de la carte de l'asso pour les courses : trois, neuf, zéro, six.", Blocked, Sensitive, "credential"},
		{"Le code du portail : un deux trois quatre, comme d'habitude.", Blocked, Sensitive, "credential"},
		{"The alarm code is five five one two.", Blocked, Sensitive, "credential"},
		{"Pour le digicode, tapez trois puis neuf puis zéro puis six.", Blocked, Sensitive, "credential"},
		{"Pour l'alarme du local, tapez trois, neuf, zéro et six.", Blocked, Sensitive, "credential"},
		{"Local au code postal 79000, pour l'alarme tapez trois neuf zéro six.", Blocked, Sensitive, "credential"},
		{"Code de conduite : un, deux, trois soleil pour les petits.", OK, 0, ""},
		{"Le code de la route compte deux, trois ou quatre panneaux nouveaux.", OK, 0, ""},
		{"Le code postal : six, huit, deux, zéro, zéro ? Je ne m'en souviens plus.", OK, 0, ""},
		{"Comptine : un, deux, trois, quatre, cinq, six, on range les jouets dans la boîte.", OK, 0, ""},
		{"Au bingo, ouvrez la boîte : sept, neuf, huit, un, cinq sont sortis.", OK, 0, ""},
		{"Pour le code de la route, révisez les thèmes un, deux, trois, quatre.", OK, 0, ""},
		{"Code promo de la boutique solidaire : un deux trois quatre (valable pour tous).", OK, 0, ""},
		{"Code vestimentaire : tenue blanche, numéros un, deux, trois, quatre sur le dos.", OK, 0, ""},
		{"Dress code: the ushers wear numbers one, two, three, four.", OK, 0, ""},
		{"One, two, three, four, five, once I caught a fish alive; lock the door.", OK, 0, ""},
	})
}
