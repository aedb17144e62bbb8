package classify

import "testing"

// A flat written as a number glued to a letter is one door: with a
// person, it tells who. The look-alikes are rooms of a meeting, hours
// and units, and keep their verdict.
var flatNumberCases = []ruleCase{
	{"The couple in 7A with the newborn asked for a cot.", Blocked, Personal, "indirect"},
	{"La dame du 21C a encore laissé ses sacs dans l'escalier.", Blocked, Personal, "indirect"},
	{"Le monsieur au 3C ne répond plus à l'interphone.", Blocked, Personal, "indirect"},
	{"The lady at 14D keeps feeding the pigeons.", Blocked, Personal, "indirect"},
	{"Notre bénévole du 21A prête sa perceuse.", Blocked, Personal, "indirect"},
	{"The student in 9B plays drums until midnight.", Blocked, Personal, "indirect"},
	// look-alikes: meeting rooms, hours, units
	{"Rendez-vous salle 2B au 1er étage.", OK, 0, ""},
	{"The meeting is in 4B at 6pm.", OK, 0, ""},
	{"Le Père Noël arrivera à 16h sur la place de la mairie.", OK, 0, ""},
	{"Course de 5k au parc, départ à 9h.", OK, 0, ""},
}

func TestFlatNumberWithAPersonTellsWho(t *testing.T) {
	runRuleCases(t, flatNumberCases)
}
