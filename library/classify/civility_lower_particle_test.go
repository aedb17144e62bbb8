package classify

import "testing"

// A civility then a particle in lower case opens a surname (« Mme de
// Villiers », « M. d'Harcourt »), even a commune's name; a famous name
// after it is read as before (« Madame de Sévigné »).
func TestCivilityLowerParticleIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"M. et Mme d'Harcourt prêtent leur jardin pour la fête.", Blocked, Personal, "name"},
		{"Monsieur et Madame de Villiers prêtent leur jardin.", Blocked, Personal, "name"},
		{"Mme de la Tour prête son jardin.", Blocked, Personal, "name"},
		{"M. van Damme vient ce soir.", Blocked, Personal, "name"},
		{"Monsieur le Maire de Villiers inaugure la salle.", OK, 0, ""},
	})
}
