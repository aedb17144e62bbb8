package classify

import "testing"

// A person described by where they come from or live, in a relative
// clause, or as our only one in a small place, is one person: blocked.
func TestPersonDescribedByTheirPlaceIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La retraitée qui arrive de Plœuc en mobylette chaque mercredi", Blocked, Personal, "indirect"},
		{"Le jeune homme qui habite à Kerlouan et vient aider au potager", Blocked, Personal, "indirect"},
		{"Notre seul bénévole à Trégunc a déménagé", Blocked, Personal, "indirect"},
		{"Our only helper at Polperro has stopped coming", Blocked, Personal, "indirect"},
		{"The woman who lives in Mevagissey and sews the costumes", Blocked, Personal, "indirect"},
		{"Notre seul local est à Lorient, ouvert le samedi", OK, 0, ""},
		{"La salle qui se trouve à Quimper sera fermée en août", OK, 0, ""},
	})
}

// A person pointed at by their floor, their house number, or as the only
// one of their trade in a place, is one person; a couple named by its
// surname is a family like « la famille Durand ».
func TestPersonPointedAtByFloorHouseNumberOrTradeIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le monsieur du deuxième qui arrose les plantes du hall", Blocked, Personal, "indirect"},
		{"The man on the ground floor who complains about the bins", Blocked, Personal, "indirect"},
		{"La voisine du n° 7 garde nos tables pliantes dans son garage", Blocked, Personal, "indirect"},
		{"The only nurse in the hamlet gives the flu jabs", Blocked, Personal, "indirect"},
		{"Le couple Lemarchand a payé la sortie en liquide", Blocked, Personal, "name"},
		{"Salle au deuxième étage, ascenseur à droite", OK, 0, ""},
		{"Atelier couture au n° 12 de la rue, ouvert à tous", OK, 0, ""},
	})
}
