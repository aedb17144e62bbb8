package classify

import "testing"

// A nationality written with a capital names a person in French (« la
// seule Marocaine du club »): with a description it points at one. The
// look-alikes use the nationality as an adjective, or speak of many or of
// anyone, and keep their verdict.
var demonymNounCases = []ruleCase{
	{"la seule Marocaine du club de couture de Riom", Blocked, Personal, "indirect"},
	{"la Portugaise du troisième qui a des jumeaux", Blocked, Personal, "indirect"},
	{"Le seul Italien de la chorale de Lalinde a déménagé.", Blocked, Personal, "indirect"},
	{"l'unique Néerlandaise de l'atelier poterie de Monpazier", Blocked, Personal, "indirect"},
	// look-alikes: adjectives, many, anyone
	{"le club anglais de Lalinde organise un thé", OK, 0, ""},
	{"Les Anglais de la Dordogne sont nombreux à nos concerts.", OK, 0, ""},
	{"Un Anglais a gagné le marathon de Paris.", OK, 0, ""},
	{"Cuisine marocaine et chants portugais au repas de quartier.", OK, 0, ""},
}

func TestCapitalisedNationalityIsAPersonNoun(t *testing.T) {
	runRuleCases(t, demonymNounCases)
}

// A place after « at » counts as a place of the person, as after « in »
// and « from »: "the woman from the houseboat near the lock at Tuilières".
func TestPlaceAfterAtIsAQuasiIdentifier(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The woman from the houseboat near the lock at Tuilières asked for a blanket.", Blocked, Personal, "indirect"},
		{"the old farmer past the quarry at Lanquais hasn't been seen since Monday", Blocked, Personal, "indirect"},
		{"The lady in the caravan at Saint-Capraise came back for soup.", Blocked, Personal, "indirect"},
		{"Concert at Lanquais castle on Saturday, tickets at the door.", OK, 0, ""},
		{"Meet at Tuilières lock for the canoe trip, 9 am.", OK, 0, ""},
	})
}
