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
		{"Movie night: 'Rain Man' — Charlie Babbitt discovers his autistic brother Raymond.", OK, 0, ""},
		{"Théâtre amateur : « Knock », le docteur Knock convainc tout un village qu'il est malade.", OK, 0, ""},
		{"Storytime: 'The Tiger Who Came to Tea' — Sophie and her mummy get a surprise visitor.", OK, 0, ""},
		{"Club ado, film « Hunger Games » : Katniss Everdeen se porte volontaire à la place de sa sœur Prim.", OK, 0, ""},
		{"Film: 'The Shawshank Redemption' — Andy Dufresne, a banker jailed for murder, plans his escape.", OK, 0, ""},
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
	})
}
