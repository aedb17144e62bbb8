package classify

import "testing"

// The duty of secrecy set by law is a notion to explain, a secret ballot
// or gift a thing's quality; a secret the association keeps stays
// confidential.
func TestSecrecyDutyIsNoSecret(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rappelle en trois phrases ce que couvre le secret médical pour une équipe de bénévoles.", OK, 0, ""},
		{"Le secret bancaire n'existe plus vraiment pour les associations.", OK, 0, ""},
		{"How does professional secrecy apply to a helpline's volunteers?", OK, 0, ""},
		{"Résume les règles d'un vote à bulletin secret en assemblée générale.", OK, 0, ""},
		{"Idée de jeu pour Noël : chacun pioche un nom et prépare un cadeau secret à moins de 10 €.", OK, 0, ""},
		{"Kids' craft: make a secret treasure box out of an old shoebox.", OK, 0, ""},
		// a secret kept
		{"Secret absolu : le bureau veut se séparer de la coordinatrice.", Blocked, Sensitive, "confidential"},
		{"On garde le secret sur le déménagement du local jusqu'à l'AG.", Blocked, Sensitive, "confidential"},
		{"Le montant de la subvention est secret, cadeau de la mairie.", Blocked, Sensitive, "confidential"},
	})
}
