package classify

import "testing"

// A value headed as the story of a work — a reading club, a film night,
// a troupe's programme, a tale, a summary — tells of characters while it
// tells the story in its present.
func TestWorkHeadingTellsCharacters(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre troupe joue Le Bourgeois gentilhomme samedi : M. Jourdain veut devenir noble et prend des leçons de philosophie.", OK, 0, ""},
		{"Soirée ciné vendredi 20h : « Intouchables ». Philippe, tétraplégique, engage Driss comme auxiliaire de vie.", OK, 0, ""},
		{"Comité de lecture, livre du mois : Bovary s'endette et finit par s'empoisonner à l'arsenic.", OK, 0, ""},
		{"Programme du spectacle : Harpagon cache sa cassette dans le jardin ; Cléante aime Mariane.", OK, 0, ""},
		{"Film night on Friday: \"Rain Man\". Charlie discovers his brother Raymond, an autistic savant.", OK, 0, ""},
		{"Notre troupe présente « Le Malade imaginaire » : Argan, hypocondriaque, veut marier sa fille Angélique à un médecin.", OK, 0, ""},
		{"Synopsis : Lucie, infirmière de nuit, découvre que son patient Antoine est innocent du meurtre dont on l'accuse.", OK, 0, ""},
		{"Lecture à voix haute pour les enfants : le Petit Chaperon rouge rend visite à sa grand-mère malade.", OK, 0, ""},
		{"Book club pick: 'Jane Eyre'. Jane falls in love with Mr Rochester and flees Thornfield.", OK, 0, ""},
		{"Ciné-club : « Le Fabuleux Destin d'Amélie Poulain » — Amélie, serveuse à Montmartre, fait le bonheur des autres.", OK, 0, ""},
	})
}

// Members going to a show, or acting in it, stay persons: an outing, a
// booking, the cast, a tie, a full name, news in the past or the future,
// a state told of someone.
func TestWorkHeadingKeepsMembers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Sortie au théâtre pour voir Le Malade imaginaire : Paul, qui est sous dialyse, aura besoin d'une place au bord.", Blocked, 4, ""},
		{"Soirée ciné « Intouchables » : Mme Leroy viendra, elle est en fauteuil depuis son AVC.", Blocked, 4, ""},
		{"Book club: Sarah will miss the \"Rain Man\" night, she is in chemo this month.", Blocked, 4, ""},
		{"Club lecture : Martine a lu « Madame Bovary » pendant sa cure de désintox.", Blocked, 4, ""},
		{"Notre troupe joue Tartuffe : Karim Benali fait M. Loyal, il sort de prison.", Blocked, 4, ""},
		{"Club lecture : Martine est en cure de désintox, elle lit « Madame Bovary ».", Blocked, 4, ""},
		{"Spectacle de marionnettes : Léa, qui a un cancer, manipule Guignol quand même.", Blocked, 4, ""},
		{"Film night: our volunteer Tom, who is in rehab, chose \"Rain Man\".", Blocked, 4, ""},
		{"Atelier théâtre : Paul joue Argan, il est diabétique, prévoir du sucre.", Blocked, 4, ""},
		{"Ciné-club : Paul, tétraplégique, adore ce film.", Blocked, 4, ""},
		{"Club lecture : Martine, dépressive, lit Zola.", Blocked, 4, ""},
		{"Ciné-club : Karim, séropositif, propose « Philadelphia ».", Blocked, 4, ""},
		{"Book club: Sarah, an alcoholic, picks the next novel.", Blocked, 4, ""},
		{"Programme du spectacle : Léa, épileptique, chante « Aline ».", Blocked, 4, ""},
		{"Notre troupe joue Tartuffe : Elmire, c'est Léa, épileptique.", Blocked, 4, ""},
		{"Club lecture : Martine, dépressive, adore Zola.", Blocked, 4, ""},
		{"Book club: Sarah, in chemo this month, loved the book.", Blocked, 4, ""},
	})
}
