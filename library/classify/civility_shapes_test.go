package classify

import "testing"

// A civility names the person after it even when a word of
// administrative style stands between them, or when a room or a flat
// follows the name in brackets. The look-alikes are places named after
// a person, and keep their verdict.
var civilityShapeCases = []ruleCase{
	{"Mme veuve Pelletan", Blocked, Personal, "name"},
	{"Courrier pour Mme veuve Lambertin, au bourg", Blocked, Personal, "name"},
	{"Mme Vve Carrère a rendu le formulaire", Blocked, Personal, "name"},
	{"Mme épouse Diallo viendra chercher le colis", Blocked, Personal, "name"},
	{"Mme née Kessler, veuve depuis mars", Blocked, Personal, ""},
	{"madame veuve Lacoste pour le colis", Blocked, Personal, "name"},
	{"mme veuve martin a rappelé", Blocked, Personal, "name"},
	{"Night log: Mrs T. (room 12) asked for the nurse twice.", Blocked, Personal, "name"},
	{"Mr P. (room 9) refused his dinner tonight", Blocked, Personal, "name"},
	{"M. Petitjean (chambre 4) ne veut plus descendre au réfectoire.", Blocked, Personal, "name"},
	{"Mme R. (bâtiment B) attend la visite du plombier", Blocked, Personal, "name"},
	{"Ms Okafor (flat 2) has lost her keys again", Blocked, Personal, "name"},
	// look-alikes: places and bodies named after a person
	{"Réunion au Jean Monnet building, salle 3", OK, 0, ""},
	{"Rendez-vous à la Simone de Beauvoir library de Bruxelles", OK, 0, ""},
	{"Permanence à la Maison Jacques Prévert le lundi", OK, 0, ""},
}

func TestCivilityNamesThroughInsertsAndBrackets(t *testing.T) {
	runRuleCases(t, civilityShapeCases)
}
