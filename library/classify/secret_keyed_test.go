package classify

import "testing"

// A code given as what to key in (a verb of keying in right before it,
// what it opens in the sentence), a code read out digit by digit after a
// lock, and a password's value given by a copula far from its noun are
// category 4 (secret_keyed.go, secret_copula.go, secret_words.go
// spelledDigits). A dialled phone number, a count, a price, advice and a
// public code after the same words pass.
func TestSecretsKeyedOrFarFromTheirNoun(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Quand la grille est fermée, tape 7 3 0 2 sur le clavier.", Blocked, Sensitive, "credential"},
		{"Pour ouvrir la porte de la cave, composez 48163 puis dièse.", Blocked, Sensitive, "credential"},
		{"Pour déverrouiller la tablette du bar, saisis Renard#2024 et valide.", Blocked, Sensitive, "credential"},
		{"At the side gate, key in 5 0 9 1 and push.", Blocked, Sensitive, "credential"},
		{"Pour entrer chez Lucette, tu tapes 3318B sur le boîtier.", Blocked, Sensitive, "credential"},
		{"To get in, enter B7702 at the gate.", Blocked, Sensitive, "credential"},
		{"Pour entrer dans le concours, tapez 2 sur votre téléphone.", OK, 0, ""},
		{"Tapez 4512 sur le clavier pour ouvrir la porte.", Blocked, Sensitive, "credential"},
		{"Entre 4512 sur le clavier et pousse fort.", Blocked, Sensitive, "credential"},
		{"Au portail de la résidence, composez 2581M.", Blocked, Sensitive, "credential"},
		{"Le digicode 1984 de la résidence a changé, prévenez les bénévoles.", Blocked, Sensitive, "credential"},
		{"Le parcours fait entre 800m et 1200m, l'entrée se fait par le portail nord.", OK, 0, ""},
		{"Saisir 150ml d'eau, puis ouvrir le couvercle.", OK, 0, ""},
		{"The lockbox by the shed opens with 2 2 7 9.", Blocked, Sensitive, "credential"},
		{"Le mot de passe de la messagerie partagée du bureau des bénévoles est Azalee*58.", Blocked, Sensitive, "credential"},
		{"Le code confidentiel de la carte de paiement que garde la trésorière, c'est 6617.", Blocked, Sensitive, "credential"},
		{"The password of the old laptop in the back office of the hall is Puffin_2019.", Blocked, Sensitive, "credential"},
		{"En cas d'urgence, composez le 3919, c'est gratuit.", OK, 0, ""},
		{"Pour ouvrir la porte, tapez fort : la sonnette est en panne.", OK, 0, ""},
		{"Pour ouvrir la salle, il faut 2 clés et 3 bénévoles.", OK, 0, ""},
		{"Le mot de passe de votre espace adhérent est celui que vous avez choisi à l'inscription.", OK, 0, ""},
		{"Le code de la route de cette année est 2026, nouvelle édition.", OK, 0, ""},
		{"Le digicode de la salle des fêtes est à demander à la mairie.", OK, 0, ""},
		{"Pour entrer dans le gymnase, entrez 2 par 2 et sans chaussures.", OK, 0, ""},
		{"Le mot de passe de l'atelier informatique du jeudi est un sujet qui revient : 12 inscrits.", OK, 0, ""},
	})
}
