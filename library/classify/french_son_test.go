package classify

import "testing"

// « son » is the French possessive: the word after it (« son roman »,
// « son programme ») is no relative's name. The English noun keeps its
// kin reading: a relative named next to it stays a person.
func TestFrenchSonIsNoKin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Elle présentera son roman « Les Rives basses » samedi à la médiathèque.", OK, 0, ""},
		{"Rencontre avec l'autrice autour de son roman, entrée libre.", OK, 0, ""},
		{"Le club présente son programme de la saison à la salle des fêtes.", OK, 0, ""},
		{"Chaque atelier a son rythme : venez quand vous voulez.", OK, 0, ""},
		{"Le festival dévoile son affiche et son programme complet.", OK, 0, ""},
		{"Her son Tom was arrested last week.", Blocked, Sensitive, "name"},
		{"My son Roman will help at the stand on Saturday.", Blocked, Personal, "name"},
		{"Tom's son Roman was arrested.", Blocked, Sensitive, "name"},
		{"Her eldest son Roman lives with us now.", Blocked, Personal, "name"},
		{"The son of Mrs Durand, Roman, was arrested.", Blocked, Sensitive, "name"},
		{"Le fils de Mme Durand, Roman, a été arrêté.", Blocked, Sensitive, "name"}, // police_path.go: the arrest is his
		{"She has a son, Roman, who lives with her at the shelter.", Blocked, Personal, "name"},
		{"Il a son roman sous le bras pour la lecture publique.", OK, 0, ""},
		{"Il a son fils Roman à charge depuis janvier.", Blocked, Personal, "name"},
	})
}
