package classify

import "testing"

// A care log headed by a numbered room or bed tells its occupant's
// health when it notes a sign of the body; the room's upkeep tells of
// no one.
func TestRoomNoteWithABodySignIsHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Chambre 12 : chute hier soir, hématome au bras", Blocked, Sensitive, "health"},
		{"Lit 3 : fièvre cette nuit", Blocked, Sensitive, "health"},
		{"Room 4: fever overnight, called the GP", Blocked, Sensitive, "health"},

		{"Chambre 12 : peinture à refaire", OK, 0, ""},
		{"Room 4: new curtains on Monday", OK, 0, ""},
		{"La chute des feuilles : atelier d'automne en salle 3", OK, 0, ""},
	})
}
