package classify

import "testing"

// A compound first name typed alone as a value is a person's first name,
// even when each part is also a word (« Jean-Pierre », « Jean-Luc »):
// together they make no word. Places and saints' names built the same
// way keep their verdict.
var compoundFirstNameCases = []ruleCase{
	{"Jean-Pierre", Blocked, Personal, "name"},
	{"Jean-Luc", Blocked, Personal, "name"},
	{"Marie-Rose", Blocked, Personal, "name"},
	{"Pierre-Yves", Blocked, Personal, "name"},
	{"Inscrire Jean-Luc sur la liste des bénévoles", Blocked, Personal, "name"},
	// look-alikes: places and buildings
	{"Saint-Pierre", OK, 0, ""},
	{"Pierre-Bénite", OK, 0, ""},
	{"lycée Victor-Hugo", OK, 0, ""},
	{"rue Jean-Jaurès", OK, 0, ""},
	{"collège Pierre-Mendès-France", OK, 0, ""},
}

func TestCompoundFirstNameAlone(t *testing.T) {
	runRuleCases(t, compoundFirstNameCases)
}

// A short first name of the lists after « de », "of" is its owner's
// name: « la maladie de Léa », « la voiture de Zoé »; so is a first name
// that is also a word when an age or a role follows it (« le syndrome de
// Jade, 6 ans »).
func TestShortFirstNameAfterOf(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La maladie de Léa s'aggrave.", Blocked, Sensitive, "health"},
		{"La voiture de Zoé est au garage.", Blocked, Personal, "name"},
		{"The son of Eva starts on Monday.", Blocked, Personal, "name"},
		{"Le syndrome de Jade, 6 ans, a été diagnostiqué l'an dernier.", Blocked, Personal, "name"},
		{"Le tableau de Pierre, notre trésorier, est accroché.", Blocked, Personal, "name"},
		{"Mur de Pierre, 2 m de haut.", OK, 0, ""},
		{"Les aventures de Tom Sawyer au cinéma.", OK, 0, ""},
		{"Le Tour de France passe à Dax.", OK, 0, ""},
	})
}
