package classify

import "testing"

// A title before a famous name (« l'abbé Pierre ») is a public figure, no
// single role of the association; the title alone, or before a name of
// no fame, with a private fact, stays about someone.
func TestTitledFamousIsNoSingleRole(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'abbé Pierre a fondé le mouvement Emmaüs en 1949.", OK, 0, ""},
		{"Hommage à l'abbé Pierre : lecture de son appel de l'hiver 1954.", OK, 0, ""},
		{"L'abbé Pierre a lancé son appel de l'hiver 1954 à la radio.", OK, 0, ""},
		{"Abbé Pierre founded the Emmaus movement in 1949.", OK, 0, ""},
		{"Quote from Abbé Pierre for the poster of the winter appeal.", OK, 0, ""},
		{"Le général de Gaulle a lancé l'appel du 18 juin 1940.", OK, 0, ""},
		{"L'abbé de la paroisse est en dépression depuis un mois.", Blocked, Sensitive, "single-role"},
		{"L'abbé est hospitalisé depuis lundi.", Blocked, Sensitive, "single-role"},
		{"Notre abbé a des dettes de jeu.", Blocked, Sensitive, "single-role"},
		{"Le curé Pierre a des dettes de jeu.", Blocked, Sensitive, "single-role"},
		{"L'abbé Martin est en dépression depuis un mois.", Blocked, Sensitive, "name"},
		{"The parish priest told us he is in debt.", Blocked, Sensitive, "single-role"},
	})
}
