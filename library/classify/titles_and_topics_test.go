package classify

import "testing"

// The title of a film, a game or a tale, and a public figure who is the
// subject of a talk, hold capitalised words that are no one of the
// association; a work's owner, a civility or a word for someone of the
// association keeps the name a person.
func TestTitlesAndSubjectsOfTalksAreNoPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Film du mois : Forrest Gump, en version originale", OK, 0, ""},
		{"Soirée jeux : Super Mario sur la console du foyer", OK, 0, ""},
		{"Les aventures de Tom Sawyer lues par la conteuse", OK, 0, ""},
		{"Game night: Donkey Kong tournament for the teens", OK, 0, ""},
		{"Our Nelson Mandela roundabout stand sells cakes", OK, 0, ""},
		{"Exposé sur Jules Verne par la classe de CM2", OK, 0, ""},
		{"Talk about Florence Nightingale and modern nursing", OK, 0, ""},
		{"Débat autour de Louise Michel et la Commune", OK, 0, ""},
		{"Documentary screening about Jane Goodall and the chimpanzees", OK, 0, ""},
		{"Conférence sur Paul Martin, notre président, et son parcours", Blocked, Personal, ""},
		{"Film : Mme Durand à la fête du club", Blocked, Personal, "name"},
		{"Talk on Monday with Karima Benali about the rota", Blocked, Personal, "name"},
	})
}

// After a heading's colon (« Club de lecture : »), a first name and a
// surname that a person's verb follows are a member's news, not a title;
// a title said alone, or a famous character, stays a title.
func TestPersonAfterAWorkHeadingIsNoTitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Club de lecture : Nadia Benali est à l'hôpital.", Blocked, Sensitive, "health"},
		{"Book club: Paul Martin is in hospital.", Blocked, Sensitive, "health"},
		{"Club lecture : Janine est à l'hôpital.", Blocked, Sensitive, "health"}, // a first name alone in a place of care
		{"Club lecture - Janine est à l'hôpital.", Blocked, Sensitive, "health"},
		{"Book club: Janet is in hospital with pneumonia.", Blocked, Sensitive, "health"},
		{"The book club is cancelled: she is in hospital with pneumonia.", Blocked, Sensitive, "health"},
		{"Chorale : Janine est à l'hôpital.", Blocked, Sensitive, "health"}, // a colon ends an association's name
		{"Club lecture : Emma s'ennuie à Yonville.", OK, 0, ""},
		{"Ciné-club : Paul sort de prison.", Blocked, Sensitive, "criminal"}, // a fact right after a first name, no title quoted
		{"Film night: Kevin sort de prison.", Blocked, Sensitive, "criminal"},
		{"Soirée ciné vendredi 20h : « Intouchables ». Philippe, tétraplégique, engage Driss comme auxiliaire de vie.", OK, 0, ""},
		{"Ciné-club : Karim Haddad viendra avec sa fille.", Blocked, Personal, "name"},
		{"Movie afternoon: Mary Poppins, with tea and cake.", OK, 0, ""},
		{"Club de lecture : Jane Eyre est au programme de janvier.", OK, 0, ""},
		{"Film de la semaine : Martin Eden", OK, 0, ""},
	})
}
