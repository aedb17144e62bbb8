package classify

import "testing"

// Special facts in everyday words about a named person are category 4,
// so that anonymising the name copies no fact: senses and memory lost, a
// learning disorder, a prognosis, a recovery from addiction, an affair, a
// coming out or a transition, a sect, a positive police check, incest, a
// criminal court. Said of nobody, the same words pass.
func TestEverydaySpecialFactsAreCategory4(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Édith Carrasco a perdu sa voix après une opération.", Blocked, Sensitive, ""},
		{"M. Didier Hamon ne conduit plus de nuit à cause de sa vue qui baisse.", Blocked, Sensitive, ""},
		{"Thierry Castanié a des troubles de mémoire liés aux commotions.", Blocked, Sensitive, ""},
		{"Paul Gravier came last again, his dyslexia makes written quizzes hard.", Blocked, Sensitive, ""},
		{"Denise Aubert sait depuis lundi qu'il lui reste quelques mois à vivre.", Blocked, Sensitive, ""},
		{"Our volunteer Ben Adeyemi got clean in 2019 thanks to this place.", Blocked, Sensitive, ""},
		{"Hadrien Roux est absent : sa femme le trompe, il est effondré.", Blocked, Sensitive, ""},
		{"Inès Morel raconte sa propre transition ; elle n'est pas out au travail.", Blocked, Sensitive, ""},
		{"Grace Nwosu, our choir member from Saint-Denis, is a Pentecostal.", Blocked, Sensitive, ""},
		{"Notre chauffeur, Bruno Lefèvre, a été contrôlé positif à l'alcool au retour.", Blocked, Sensitive, ""},
		{"Sophie Marin, adhérente, va témoigner au pénal contre son ancien patron le 3 avril.", Blocked, Sensitive, ""},
		{"Notre guide, Henri Toulouse, est atteint d'achondroplasie.", Blocked, Sensitive, ""},
		{"Conférence sur la dyslexie pour les parents d'élèves, jeudi 18 h à la médiathèque.", OK, 0, ""},
		{"Atelier mémoire : prévenir les troubles de la mémoire après 60 ans, ouvert à tous.", OK, 0, ""},
		{"Journée du coming out : stand d'information de SOS Homophobie sur le marché.", OK, 0, ""},
		{"Exposition sur la dysplasie de la hanche chez le chien, ouverte à tous.", OK, 0, ""},
		{"Sa transition vers le numérique a permis à l'association de gagner du temps.", OK, 0, ""},
	})
}
