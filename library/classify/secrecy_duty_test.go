package classify

import "testing"

// The duty of secrecy set by law is a notion to explain; a secret the
// association keeps stays confidential.
func TestSecrecyDutyIsNoSecret(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rappelle en trois phrases ce que couvre le secret médical pour une équipe de bénévoles.", OK, 0, ""},
		{"Le secret bancaire n'existe plus vraiment pour les associations.", OK, 0, ""},
		{"How does professional secrecy apply to a helpline's volunteers?", OK, 0, ""},
		// a secret kept
		{"Secret absolu : le bureau veut se séparer de la coordinatrice.", Blocked, Sensitive, "confidential"},
		{"On garde le secret sur le déménagement du local jusqu'à l'AG.", Blocked, Sensitive, "confidential"},
	})
}
