package classify

import "testing"

// An English noun of a person that the hand-written lists lack (a
// trade, a nationality, a sport) still carries a description that points
// at one person. The look-alikes name a kind of person in general, or a
// French word that is also an English noun of a person, and keep their
// verdict.
var wordnetPersonCases = []ruleCase{
	{"The elderly Irishman who lives alone in the old barn past the bridge at Flaugeac", Blocked, Personal, "indirect"},
	{"the old Scotsman who lives above the bakery in Duras", Blocked, Personal, "indirect"},
	{"The retired saddler who lives by the mill in Eymet has offered his van.", Blocked, Personal, "indirect"},
	{"the only Canadian on the festival committee", Blocked, Personal, "indirect"},
	{"the only Dane on the choir committee", Blocked, Personal, ""},
	{"the only harpist in the Bergerac choir", Blocked, Personal, "indirect"},
	{"The only beekeeper in Issigeac sells honey at our fair.", Blocked, Personal, "indirect"},
	{"the former postmistress of Saint-Aulaye", Blocked, Personal, "indirect"},
	{"the Welshman who runs the bike shop in Lalinde", Blocked, Personal, "indirect"},
	{"The widower who comes from Monpazier every Tuesday asked for a lift.", Blocked, Personal, "indirect"},
	// look-alikes: a kind of person in general, or a French word
	{"Beekeepers from the whole region meet at Issigeac in May.", OK, 0, ""},
	{"Talk: the life of a rural postmistress in the 1950s.", OK, 0, ""},
	{"Notre théâtre porte le nom d'une figure de la Résistance, déportée en 1943.", OK, 0, ""},
	{"Any cellist who wants to join the Bergerac orchestra is welcome.", OK, 0, ""},
}

func TestEnglishPersonNounsOfWordNetPointAtOnePerson(t *testing.T) {
	runRuleCases(t, wordnetPersonCases)
}
