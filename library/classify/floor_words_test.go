package classify

import "testing"

// A floor said of a person is one door of a stairwell. The look-alikes
// are offices, rooms and toilets on a floor, and keep their verdict.
var floorCases = []ruleCase{
	{"Le voisin du rez-de-chaussée claque sa porte tous les soirs.", Blocked, Personal, "indirect"},
	{"la voisine du dernier étage ne descend plus ses poubelles", Blocked, Personal, "indirect"},
	{"La dame du 4e étage ne sort plus de chez elle.", Blocked, Personal, "indirect"},
	{"the guy on the 3rd floor keeps shouting at night", Blocked, Personal, "indirect"},
	{"The neighbour on the top floor has stopped paying rent.", Blocked, Personal, "indirect"},
	// look-alikes: rooms and services on a floor
	{"Salle de réunion au rez-de-chaussée, accessible en fauteuil.", OK, 0, ""},
	{"L'accueil se trouve au 3e étage, à gauche en sortant de l'ascenseur.", OK, 0, ""},
	{"Les bureaux du 2e étage sont fermés pendant les travaux.", OK, 0, ""},
	{"The toilets on the 2nd floor are out of order.", OK, 0, ""},
}

func TestFloorWithAPersonTellsWho(t *testing.T) {
	runRuleCases(t, floorCases)
}
