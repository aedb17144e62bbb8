package classify

import "testing"

// definitePersonCases are persons designated with a definite determiner
// and described at once by one detail (a place, a floor, a family, an
// age): the writer knows them and the reader can find them. The public
// look-alikes put the detail outside the description, or speak of whoever
// fits a rule, and keep their verdict.
var definitePersonCases = []ruleCase{
	{"Passé voir le monsieur de la caravane grise derrière le stade de Corbas, il a besoin d'un duvet.", Blocked, Personal, "indirect"},
	{"Le couple du squat de la rue haute à Vierzon a demandé des colis.", Blocked, Personal, "indirect"},
	{"La jeune femme hébergée au foyer de Saint-Affrique depuis février cherche un CAP.", Blocked, Personal, "indirect"},
	{"La famille logée dans l'ancienne école de Marcillac attend toujours ses papiers.", Blocked, Personal, "indirect"},
	{"Le gamin retrouvé seul au skatepark de Riom samedi soir va mieux.", Blocked, Personal, "indirect"},
	{"Le papy du 3e ne descend plus ses poubelles.", Blocked, Personal, "indirect"},
	{"La dame de la péniche amarrée à Conflans viendra au repas.", Blocked, Personal, "indirect"},
	{"the old man in flat 4C with the two cats", Blocked, Personal, "indirect"},
	{"The young mum staying at the Travelodge in Rugby came back for nappies.", Blocked, Personal, "indirect"},
	{"the family housed above the chemist in Ludlow", Blocked, Personal, "indirect"},
	{"the lad from the caravan behind Tesco in Hexham", Blocked, Personal, "indirect"},
	{"Our Friday volunteer, the retired vet from Issigeac, will bring the raffle prizes.", Blocked, Personal, "indirect"},
	{"Our Tuesday volunteer, the beekeeper from Cadouin, will sell honey at the fair.", Blocked, Personal, "indirect"},
	{"Our new member, the harpist from Limeuil, will play at the AGM.", Blocked, Personal, "indirect"},
	// look-alikes: public, they keep their verdict
	{"Le vainqueur du tournoi de Riom recevra une coupe.", OK, 0, ""},
	{"The winner of the Denby quiz gets a hamper.", OK, 0, ""},
	{"Le public du festival de Lorient est invité à venir tôt.", OK, 0, ""},
	{"Le premier arrivé au gymnase de Blois allume le chauffage.", OK, 0, ""},
	{"The guide from the tourist office in Bath will lead the walk.", OK, 0, ""},
	{"Le conférencier du musée de Lodève présentera l'exposition.", OK, 0, ""},
	{"Our guest speaker, a historian from the university of Bordeaux, will talk about bastides.", OK, 0, ""},
}

func TestDefiniteDescribedPersonIsBlocked(t *testing.T) {
	runRuleCases(t, definitePersonCases)
}

// A definite person placed against a landmark, with no other detail, is
// one door in a village. The look-alikes place a service or a meeting
// against the same landmarks, and keep their verdict.
func TestDefinitePersonByALandmarkIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"la mamie de la maison jaune au bout de l'impasse a besoin d'un colis", Blocked, Personal, "indirect"},
		{"Le monsieur de la caravane derrière le garage ne répond plus.", Blocked, Personal, "indirect"},
		{"La dame du pavillon en face de la pharmacie a appelé deux fois.", Blocked, Personal, "indirect"},
		{"the man in the blue van behind the bakery needs a sleeping bag", Blocked, Personal, "indirect"},
		{"The lady from the cottage past the mill brought eggs again.", Blocked, Personal, "indirect"},
		{"La permanence derrière la mairie ouvre à 9 h.", OK, 0, ""},
		{"The stall next to the bakery sells our calendars.", OK, 0, ""},
		{"Le marché derrière la mairie a lieu le jeudi.", OK, 0, ""},
	})
}
