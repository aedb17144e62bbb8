package classify

import "testing"

// Where a person sleeps or squats, told by a landmark above, under, on
// or inside which it stands, is their address; the same words about a
// room, a bus, a camp open to all, or a town's centre keep their
// verdict.
var residenceWordCases = []ruleCase{
	{"il vit dans sa voiture, sur le parking du Carrefour de Lannion", Blocked, Personal, "postal-address"},
	{"il loge au-dessus du bar de la place", Blocked, Personal, "postal-address"},
	{"La famille loge dans l'ancienne école de Kermaria.", Blocked, Personal, "postal-address"},
	{"il vit sous la tente au bord du canal, vers l'écluse", Blocked, Personal, "postal-address"},
	{"Il dort chez un copain, près de la gare.", Blocked, Personal, "postal-address"},
	{"He's sleeping rough under the railway bridge on Mill Road.", Blocked, Personal, "postal-address"},
	{"She lives above the chip shop on the high street.", Blocked, Personal, "postal-address"},
	{"on l'a relogé au 12 de la rue du Port", Blocked, Personal, "postal-address"},
	{"on la loge au-dessus du bar de la place", Blocked, Personal, "postal-address"},
	// look-alikes
	{"Le bus dort au dépôt, près de la gare.", OK, 0, ""},
	{"Les enfants dorment sous la tente au bord du canal pendant le camp.", OK, 0, ""},
	{"La salle se trouve au-dessus du bar de la place.", OK, 0, ""},
	{"On dort sous les étoiles : nuit au bivouac près du lac, ouvert à tous.", OK, 0, ""},
}

func TestResidenceByLandmarkIsAnAddress(t *testing.T) {
	runRuleCases(t, residenceWordCases)
}
