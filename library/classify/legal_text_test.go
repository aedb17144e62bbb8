package classify

import "testing"

// What a law, a decree or a code provides is the state's rule: its gray
// cues pass.
func TestTextOfTheLawPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'article 10 de la loi de 1989 limite la hausse du loyer lors du renouvellement du bail.", OK, 0, ""},
		{"Under the Housing Act, a rent increase must follow the legal notice period.", OK, 0, ""},
	})
}

// The law named beside our own matter keeps the doubt; what is blocked
// stays blocked.
func TestOurMatterBesideTheLawStaysGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Malgré la loi de 1989, notre propriétaire augmente le loyer de 30 % dès janvier.", Doubt, 0, "internal"},
		{"Faute de bénévoles, on risque de fermer la buvette, comme le permet la loi.", Doubt, 0, "partner"},
		{"Selon le Code du travail, on va devoir supprimer le poste de l'animatrice faute de financement.", Blocked, 0, ""},
	})
}
