package classify

import "testing"

// Where a person lives, told by its landmarks, is their address. The
// look-alikes place a public place, or a meeting, against the same
// landmarks, and keep their verdict.
var residenceLandmarkCases = []ruleCase{
	{"Elle habite la maison aux volets verts juste après la fontaine, en face de la poste de Cénac.", Blocked, Personal, "postal-address"},
	{"Il vit dans la caravane derrière le cimetière de Pujols depuis l'été.", Blocked, Personal, "postal-address"},
	{"Elle loge au-dessus de la boulangerie, à côté de l'église.", Blocked, Personal, "postal-address"},
	{"Mon voisin habite la ferme juste après le pont, sur la route de Gardonne.", Blocked, Personal, "postal-address"},
	{"Il habite la dernière maison au bout du chemin, après le calvaire.", Blocked, Personal, "postal-address"},
	{"She lives in the cottage past the mill, opposite the pub.", Blocked, Personal, "postal-address"},
	{"He lives in the flat above the bakery next to the station.", Blocked, Personal, "postal-address"},
	{"Our new member lives in the white house behind the school in Sigoulès.", Blocked, Personal, ""},
	{"She stays in the caravan near the roundabout at the entrance of the village.", Blocked, Personal, "postal-address"},
	{"He lives at the end of the lane, opposite the bus stop.", Blocked, Personal, "postal-address"},
	// look-alikes: public places and meetings placed against landmarks
	{"La salle des fêtes se trouve juste après le lavoir, en face de la mairie.", OK, 0, ""},
	{"Rendez-vous derrière l'église à 9 h pour la randonnée.", OK, 0, ""},
	{"The market is held past the mill, opposite the pub, every Sunday.", OK, 0, ""},
	{"Parking gratuit à côté de la gare pour les spectateurs du festival.", OK, 0, ""},
}

func TestResidenceToldByLandmarksIsAnAddress(t *testing.T) {
	runRuleCases(t, residenceLandmarkCases)
}
