package classify

import "testing"

// A plate shown as a format (« le format AA-123-AA », « du type 1234 AB
// 56 », "read like AB12 CDE"), a template's phone (« 06 00 00 00 00 »),
// a service's 08 number, a password keyword marked as a sample's (« mot
// de passe fictif », "sample password"), a rule about a value (« entre 8
// et 63 caractères », « est souvent 000 », "is printed on the sticker")
// and advice where a code must not be kept pass (direct_docs.go
// examplePlate, formatWords; direct_phone.go samplePhone;
// direct_credentials.go sampleKeyword; secret_words.go
// adviceInClauseBefore). A person's plate, phone and password in the same
// frames stay blocked.
func TestSampleValuesAndRulesAboutValues(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les nouvelles plaques suivent le format AA-123-AA depuis 2009.", OK, 0, ""},
		{"Avant 2009, une plaque était du type 4521 XY 35.", OK, 0, ""},
		{"British plates read like AB51 ABC, the digits give the year.", OK, 0, ""},
		{"Dans la fiche, remplacez 07 00 00 00 00 par votre numéro.", OK, 0, ""},
		{"Le numéro vert de la campagne : 0 800 123 456.", OK, 0, ""},
		{"Pour la démonstration, prenez le mot de passe fictif « Demo2024 ».", OK, 0, ""},
		{"Type the dummy password test1234 to see the error message.", OK, 0, ""},
		{"La clé WPA2 : entre 8 et 63 caractères, pas moins.", OK, 0, ""},
		{"The default code on these padlocks is usually 000.", OK, 0, ""},
		{"Ne laissez jamais le code du portail sur un papier dans la boîte aux lettres.", OK, 0, ""},
		{"La voiture de Mme Ferré, immatriculée AB-123-CD, gêne la sortie.", Blocked, Personal, "licence-plate"},
		{"Par exemple, le mot de passe de Paul est Chat2020.", Blocked, Sensitive, "credential"},
		{"Le mot de passe est écrit sur le frigo : Lavande77.", Blocked, Sensitive, "credential"},
		{"Ne le dis à personne, le code est sous le pot de fleurs.", Blocked, Sensitive, "credential"},
		{"Le portable de Lina : 06 71 33 90 12.", Blocked, Personal, "phone"},
	})
}
