package classify

import "testing"

// A quoted title of a work, with a word of a work or its author, followed
// by its characters (« Ciné-club : « Le Grand Bleu » — Jacques Mayol et
// Enzo Molinari »): the names after the title are the work's. Written
// before reading any labelled set.
func TestTitledWorkCharactersPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ciné-club : « Le Grand Bleu » — Jacques Mayol et Enzo Molinari, deux plongeurs rivaux.", OK, 0, ""},
		{"Soirée lecture : « L'Étranger » de Camus, Meursault tue un homme sur une plage d'Alger.", OK, 0, ""},
		{"Storytime: 'The Tiger Who Came to Tea' — Sophie and her mummy get a surprise visitor.", OK, 0, ""},
		{"Club ado, film « Hunger Games » : Katniss Everdeen se porte volontaire à la place de sa sœur Prim.", OK, 0, ""},
		{"Spectacle de marionnettes « Le Loup et les Sept Chevreaux » : Biquette et ses petits.", OK, 0, ""},
	})
}

// The same titles beside real people: a plan (a verb of soon), a past
// event of the outing, the reader or the cast, contact details, a member,
// a title that is no work.
func TestTitledWorkRealPersonsStayBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ciné-club « Le Grand Bleu » vendredi : Mme Roux, en fauteuil, aura besoin de la rampe.", Blocked, 0, ""},
		{"Après la projection de « Hors normes », Paul Martin a fait un malaise ; il est diabétique.", Blocked, Sensitive, ""},
		{"Movie night 'Rain Man': Tom Reed will drive the minibus; he has epilepsy.", Blocked, Sensitive, ""},
		{"Lecture de « L'Étranger » par notre adhérent Louis Garnier, qui sort de prison.", Blocked, Sensitive, ""},
		{"Pour « Le Cid », Julie Moreau (06 12 34 56 78) jouera Chimène.", Blocked, 0, ""},
		{"Spectacle « Knock » : Sophie Lambert ne pourra pas venir, elle est hospitalisée.", Blocked, Sensitive, ""},
		{"Book club 'Great Expectations': Anna Price told us she is pregnant and will miss the next session.", Blocked, Sensitive, ""},
		{"Film « Intouchables » : notre bénéficiaire Karim Haddad, tétraplégique, a adoré le film.", Blocked, Sensitive, ""},
		{"Atelier « Bien vieillir » : Mme Durand, 82 ans, diabétique, viendra mardi.", Blocked, Sensitive, ""},
		// a reading, a book, a poem, a song are no frame: a member writes their own life in them
		{"Lecture du recueil « Mes nuits » : Sophie Lambert y dit sa dépression.", Blocked, Sensitive, ""},
		{"Book club: 'Broken' — Emma Hart, 34, tells her years of addiction.", Blocked, 0, ""},
		{"Chanson « Debout » : Karim Haddad chante sa sortie de prison.", Blocked, Sensitive, ""},
		{"Film « Les Intouchables » : Paul Girard a été hospitalisé pendant la séance.", Blocked, Sensitive, ""},
		// a lone person with a special fact after a title stays a person, a
		// character too (the price of the outing's logistics)
		{"Film « Intouchables » : Mme Durand, en fauteuil, a besoin d'aide pour monter.", Blocked, 0, ""},
		{"Sortie cinéma « Le Grand Bleu » : Paul Martin, diabétique, doit manger avant la séance.", Blocked, Sensitive, ""},
		{"Ciné-club « Amélie » — Sophie Roux, enceinte, voudrait une place près de la sortie.", Blocked, Sensitive, ""},
		{"Théâtre amateur : « Knock », le docteur Knock convainc tout un village qu'il est malade.", Blocked, 0, ""},
		{"Film: 'The Shawshank Redemption' — Andy Dufresne, a banker jailed for murder, plans his escape.", Blocked, 0, ""},
		{"La pièce « Knock » : Jean Petit, qui est sous chimio, ne jouera pas cette année.", Blocked, Sensitive, ""},
		{"Dans le conte, Mme Bernard, voisine de l'association, est en fauteuil roulant.", Blocked, 0, ""},
	})
}

// More shapes of a programme, by kind: a title and its author, a
// character marked as such, characters in the plural, a list of
// characters and what the label says of them.
func TestProgrammeShapesPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"« La Cantatrice chauve » de Ionesco : M. et Mme Smith reçoivent les Martin.", OK, 0, ""},
		{"'Matilda' by Roald Dahl: Matilda Wormwood outwits her cruel headmistress, Miss Trunchbull.", OK, 0, ""},
		{"Improv, scene 3: Jordan (character) tells his boss he is gay.", OK, 0, ""},
		{"Atelier d'écriture à partir des personnages de Molière : Harpagon, Tartuffe et Alceste.", OK, 0, ""},
		{"Character list for our nativity play: Mary, Joseph, the innkeeper and the three kings.", OK, 0, ""},
		{"Personnages de la pièce : Odette, la mère malade ; Firmin, le fils ivrogne.", OK, 0, ""},
		{"Le 6 juin 1944, le sergent Léon Guérinel débarque à Ouistreham avec le commando.", OK, 0, ""},
		{"On 8 May 1945, Private Albert Cole crossed the Rhine with his regiment.", OK, 0, ""},
	})
}

func TestProgrammeShapesRealPersonsStayBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Personnages de la pièce : Odette, jouée par notre bénévole Anne Roy, qui est enceinte.", Blocked, Sensitive, ""},
		{"'Matilda' by our volunteer Jo Price: she tells how she left an abusive home.", Blocked, 0, ""},
		{"Jeu de rôle : Marc (personnage) est joué par Paul Girard, séropositif.", Blocked, Sensitive, ""},
		{"Le 12 mars 1998, Paul Martin a été condamné pour vol.", Blocked, Sensitive, ""},
		{"Mme Roux, née le 12 mars 1941, vit seule et souffre de diabète.", Blocked, Sensitive, ""},
		{"Arrivée le 3 mai 1945 à l'âge de deux ans, Sarah Klein témoignera au collège de sa déportation.", Blocked, 0, ""},
		{"« Mes nuits » de Sophie Lambert : elle y raconte sa dépression.", Blocked, Sensitive, ""},
	})
}

// The sentence after a title, or a bare list after a story, goes on
// telling the work; the same sentence about the outing's people does not.
func TestSentenceAfterATitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ce soir, projection de « La Haine ». Vinz, Saïd et Hubert errent dans Paris après une nuit d'émeutes.", OK, 0, ""},
		{"Club lecture du mois : le roman « Germinal ». Étienne Lantier arrive à Montsou et découvre la misère des mineurs.", OK, 0, ""},
		{"Tonight's film: 'Billy Elliot'. Billy, an eleven-year-old from a mining town, secretly takes ballet lessons with Mrs Wilkinson.", OK, 0, ""},
		{"Devinette : qui sont les amis de Tintin dans « Le Crabe aux pinces d'or » ? (Haddock, Tournesol, Milou)", OK, 0, ""},
		{"Ce soir, projection de « La Haine ». Paul Martin, diabétique, doit manger avant.", Blocked, Sensitive, ""},
		{"Sortie ciné « Intouchables ». Mme Roux et M. Petit, tous deux en fauteuil, ont besoin de la rampe.", Blocked, 0, ""},
		{"Sortie ciné « Intouchables ». Karim Haddad et Léa Roux sont séropositifs.", Blocked, Sensitive, ""},
		{"Sortie ciné « Intouchables » : Karim Haddad et Léa Roux sont séropositifs.", Blocked, Sensitive, ""},
		{"Soirée film « Intouchables ». Karim Haddad, Léa Roux.", Blocked, Personal, ""}, // who comes, maybe
		{"Lecture du conte. Karim Haddad, Léa Roux et Paul Petit sont absents, ils sont malades.", Blocked, Sensitive, ""},
	})
}

// After a show's title, members who act on each other with a special
// fact stay persons.
func TestAfterAShowTitleMembers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Spectacle « Le Petit Prince ». Paul Martin, qui sort de prison, remplace Léa Roux au pied levé.", Blocked, Sensitive, ""},
		{"Spectacle « Le Petit Prince ». Paul, qui sort de prison, remplace Léa.", Blocked, Sensitive, ""},
		{"Spectacle « Le Petit Prince » : Paul Martin remplace Léa Roux, malade.", Blocked, Sensitive, ""},
		// a first name and a surname with a special fact: a member as often as a character
		{"Movie night: 'Rain Man' — Charlie Babbitt discovers his autistic brother Raymond.", Blocked, Sensitive, ""},
		{"Spectacle des CE2 : « Cendrillon ». Inès Haddad et Léa Roux sont malades.", Blocked, Sensitive, ""},
		// The same shape as an outing of members (« Spectacle de Noël : « Le
		// Petit Prince ». Lucas, autiste, accompagne sa sœur Emma. »): after
		// a title only, a special fact stays, as precaution.
		{"Spectacle des CE2 : « Pinocchio ». Gepetto, malade, envoie Pinocchio à l'école avec son dernier sou.", Blocked, Sensitive, "health"},
	})
}
