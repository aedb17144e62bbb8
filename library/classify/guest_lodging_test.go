package classify

import "testing"

// Where a guest of a public event sleeps is no part of the public role:
// the name blocks. The guest on the programme, and a hostel for the
// public, stay as they were.
func TestGuestLodgingBlocksTheName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre chanteuse invitée, Léna Moreau, dort à l'hôtel Ibis, chambre 12.", Blocked, Personal, "name"},
		{"Our guest singer, Lena Moreau, is staying at the Ibis, room 12.", Blocked, Personal, "name"},
		{"La conférencière Anne Vidal sera hébergée chez un bénévole.", Blocked, Personal, "name"},
		{"The speaker, Dr Helen Marsh, sleeps at the B&B on Mill Lane.", Blocked, Personal, "name"},
		{"Samedi soir, la chanteuse Léna Moreau en concert à la salle des fêtes, entrée libre.", OK, 0, ""},
		{"Hébergement des festivaliers au camping municipal, réservation en ligne.", OK, 0, ""},
	})
}
