package classify

import "testing"

// A name of the association's own people, in a text that says it is
// published already, is asked about, not blocked; a publication to come
// or denied, or a fact beside the name, keeps it blocked.
func TestOwnNameInPublishedText(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre directrice, Sophie Marchetti, répond aux demandes de partenariat ; ses coordonnées sont publiées sur notre site.", Doubt, Personal, "name"},
		{"Notre présidente, Hélène Vasseur, a été réélue lors de l'AG du 14 juin (compte rendu publié sur notre site).", OK, 0, ""},
		{"The first novel by our club secretary, Helen Crossley, will be published in April by a small Bristol press.", Blocked, Personal, "name"},
		{"Le compte rendu sur notre trésorière Jeanne Roux sera publié sur notre site.", Blocked, Personal, "name"},
		{"Notre présidente, Hélène Vasseur, a été réélue ; le compte rendu n'est pas encore publié.", Blocked, Personal, "name"},
		{"Notre trésorier, Paul Morel, habite 3 rue des Lilas (publié sur notre site).", Blocked, Personal, "postal-address"},
		{"Notre présidente, Hélène Vasseur, est en arrêt maladie (compte rendu publié sur notre site).", Blocked, Sensitive, ""},
	})
}
