package classify

import "testing"

// A text that says its reader knows who is meant points at one person;
// so does a pronoun and a door in apposition to a person. People
// recognised by a badge and pupils of a class keep their verdict.
var recognisedPersonCases = []ruleCase{
	{"Le prof de maths retraité qui donne des cours au foyer, vous voyez qui c'est", Blocked, Personal, "indirect"},
	{"la dame aux chats, tout le quartier la reconnaîtra", Blocked, Personal, "indirect"},
	{"le monsieur au vélo rouge, tu vois de qui je parle", Blocked, Personal, "indirect"},
	{"the retired teacher from the allotments, you know who I mean", Blocked, Personal, "indirect"},
	{"victor, celui du 5e", Blocked, Personal, "indirect"},
	{"Madame, suite à votre courrier concernant votre fils, élève de 4e au collège de Saint-Pourçain, nous confirmons son inscription.", Blocked, Personal, "indirect"},
	// look-alikes
	{"Nos bénévoles portent un badge orange, vous les reconnaîtrez facilement.", OK, 0, ""},
	{"Les élèves de CM2 de l'école de Plouha visitent la caserne.", OK, 0, ""},
	{"Les élèves de 4e du collège de Saint-Pourçain exposent leurs dessins.", OK, 0, ""},
}

func TestRecognisedPersonIsIdentifiable(t *testing.T) {
	runRuleCases(t, recognisedPersonCases)
}
