package classify

import "testing"

// A secret told by its recipe after the thing it opens rather than after
// « mot de passe » (« pour le wifi, c'est… », « pour se connecter…,
// c'est… »), and a code whose hiding place is where it is written (« noté
// au dos du calendrier »): category 4. Instructions to log in and a guest
// network's name keep their verdict.
func TestSecretToldByWhatItOpens(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour le wifi, c'est le nom de l'asso en minuscules puis 1901.", Blocked, Sensitive, "credential"},
		{"Pour se connecter au compte de la banque, c'est le prénom de la trésorière et son année de naissance.", Blocked, Sensitive, "credential"},
		{"Le code du coffre est noté au dos du calendrier de la cuisine.", Blocked, Sensitive, "credential"},
		{"The alarm code is written on the back of the fridge calendar.", Blocked, Sensitive, "credential"},
		{"Wifi gratuit à la médiathèque : réseau Biblio-Public, demandez le code à l'accueil.", OK, Public, ""},
		{"Pour se connecter à l'espace adhérent, cliquez sur « Mon compte ».", OK, Public, ""},
		{"To log in, use your email and the password you chose when you joined.", OK, Public, ""},
	})
}
