package classify

import "testing"

// A nickname given as one names one person, whatever the word; a place,
// an event or a town with a nickname keeps its verdict.
var nicknameSaidCases = []ruleCase{
	{"surnommé Rambo par les jeunes, il ne vient plus", Blocked, Personal, "name"},
	{"known as Tiny at the shelter", Blocked, Personal, "name"},
	{"Jean-Marc, alias Bidou, a encore oublié les clés", Blocked, Personal, "name"},
	{"they call him Big Mo at the market", Blocked, Personal, "name"},
	{"son surnom : Titi", Blocked, Personal, "name"},
	// look-alikes: places, events, towns
	{"Le festival, surnommé « le Woodstock breton », revient en juillet.", OK, 0, ""},
	{"The hall known as The Barn is available for hire.", OK, 0, ""},
	{"Le Tour de France, surnommé la Grande Boucle, passe par Lannion.", OK, 0, ""},
	{"Saint-Malo, surnommée la Cité corsaire", OK, 0, ""},
	{"Lannion, surnommée la Perle du Trégor", OK, 0, ""},
}

func TestNicknameSaidNamesOnePerson(t *testing.T) {
	runRuleCases(t, nicknameSaidCases)
}
