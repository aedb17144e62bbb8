package classify

import "testing"

// A guest whose room is given is one person at one door; a plural of
// guests, a block of rooms booked and an exhibition room keep their
// verdict.
var guestLodgingCases = []ruleCase{
	{"L'artiste invitée dort à l'hôtel du Port, chambre 12, arrivée vendredi.", Blocked, Personal, "postal-address"},
	{"Le chanteur dort à l'hôtel du Port, chambre 12.", Blocked, Personal, "postal-address"},
	{"Notre conteuse sera hébergée au gîte communal, chambre 3.", Blocked, Personal, "postal-address"},
	// look-alikes
	{"Les artistes sont logés à l'hôtel du Port, chambres 12 à 20.", OK, 0, ""},
	{"Hébergement des artistes : hôtel du Port, 12 chambres réservées.", OK, 0, ""},
	{"L'artiste exposera salle 4 du 2 au 12 mai.", OK, 0, ""},
}

func TestGuestRoomIsAnAddress(t *testing.T) {
	runRuleCases(t, guestLodgingCases)
}
