package classify

import "testing"

// A sentence inside a work of fiction (« dans « Madame Bovary » », "in
// « Les Intouchables »", « dans le roman ») tells of characters; the cast,
// a newspaper or a documentary, a guest book, the association's history,
// a room, « notre » beside a name or contact details keep the persons.
func TestCharactersInsideAWorkPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour le club de lecture : dans « Madame Bovary » de Flaubert, Emma s'ennuie auprès de son mari Charles.", OK, 0, ""},
		{"Quiz : dans « Les Misérables », qui recueille Cosette chez les Thénardier ?", OK, 0, ""},
		{"Dans « Le Comte de Monte-Cristo », Edmond Dantès est emprisonné au château d'If.", OK, 0, ""},
		{"Spectacle jeune public : Pinocchio et Gepetto partent à l'aventure, adaptation par la compagnie du Pont.", OK, 0, ""},
		{"Panto rehearsal: Aladdin and Widow Twankey need their costumes by Friday.", OK, 0, ""},
		{"Film club: in « Les Intouchables », Driss devient l'aide à domicile de Philippe, tétraplégique.", OK, 0, ""},
		{"Dans la pièce, Harpagon soupçonne tout le monde d'avoir volé sa cassette.", OK, 0, ""},
		// a newspaper or a letter inside the story is the story's (story_frame.go storyStart)
		{"Dans « Illusions perdues », Lucien de Rubempré se fait un nom dans la presse parisienne.", OK, 0, ""},
		{"Dans « Les Liaisons dangereuses », Valmont envoie une lettre à la présidente de Tourvel.", OK, 0, ""},
	})
}

func TestPersonsBesideAWorkStayBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dans « Les Misérables », notre bénévole Julie Martin joue Cosette : elle est enceinte, prévoir une doublure.", Blocked, Sensitive, ""},
		{"Dans « Cyrano », le rôle de Roxane sera tenu par Sophie Lambert, qui sort d'une dépression.", Blocked, Sensitive, ""},
		{"Dans le film tourné au local, on voit Karim Benali, notre adhérent, sortir de sa séance de dialyse.", Blocked, Sensitive, ""},
		{"In « Hamlet », Ophelia is played by Emma Clarke, who has epilepsy.", Blocked, Sensitive, ""},
		{"Dans la pièce du fond, Mme Durand dort depuis hier, elle est diabétique.", Blocked, Sensitive, ""},
		{"Dans le livre d'or, Paul Girard a écrit qu'il sortait de prison.", Blocked, Sensitive, ""},
		{"Dans « Le Journal du quartier », Mme Fabre raconte son cancer et donne son numéro 06 12 34 56 78.", Blocked, Sensitive, ""},
		{"Dans ce roman qu'elle écrit, Léa Moreau raconte sa propre dépression depuis mars.", Blocked, Sensitive, ""},
		{"Dans « Le Journal du quartier », Mme Fabre raconte son cancer.", Blocked, Sensitive, ""},
		{"Dans « La Gazette du club », Paul Girard parle de sa sortie de prison.", Blocked, Sensitive, ""},
		{"Dans l'histoire de l'association, Mme Roche a été condamnée pour vol en 2019.", Blocked, Sensitive, ""},
		{"In « Our Lives », a documentary, Tom Hughes talks about his HIV.", Blocked, Sensitive, ""},
		{"Dans « Vivre », documentaire de France 3, Julie Bernard parle de sa sclérose en plaques.", Blocked, Sensitive, ""},
		{"Dans « Le Petit Écho », journal du quartier, Mme Fabre parle de sa dépression.", Blocked, Sensitive, ""},
		{"Dans « Le Lien », Julie Bernard écrit une lettre au maire sur son cancer.", Blocked, Sensitive, ""},
	})
}

// Who reads or tells a work aloud (« le conte lu par Mme Dupuis », "the
// story read by Mrs Hughes") is a person: the name stays, and so does a
// fact told of them; a character after « par » in the story stays a
// character.
func TestFictionReaderIsAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Dans le conte lu par Mme Dupuis, qui sort de l'hôpital, le loup mange la grand-mère.", Blocked, Sensitive, "name"},
		{"Dans le roman lu par Sophie Dupuis, le loup mange la grand-mère.", Blocked, Personal, "name"},
		{"Dans le conte raconté par Paul Martin, le loup mange la grand-mère.", Blocked, Personal, "name"},
		{"Dans le roman animé par Karim Haddad, Jean Valjean vole un pain.", Blocked, Personal, "name"},
	})
	allPass(t, "Dans « La Vie devant soi », Momo est élevé par Madame Rosa.")
}
