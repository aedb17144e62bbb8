package classify

import "testing"

// Communes that are also surnames (Lyon, Dijon, Besançon) are places when
// they stand in a list of places or when a large town stands alone; a
// civility or a first name beside the same word still makes it a
// person's name.
func TestTownsInAListArePlaces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Lyon et Marseille accueillent les deux finales régionales", OK, 0, ""},
		{"Le car passe par Dijon, Beaune et Chalon avant de rentrer", OK, 0, ""},
		{"Nos permanences : Besançon, Belfort et Montbéliard", OK, 0, ""},
		{"Échange de jeunes entre Valence et Romans cet été", OK, 0, ""},
		{"The choir sings in Nantes and Rennes this spring", OK, 0, ""},
		{"Marseille accueille le championnat cette année", OK, 0, ""},
		{"Bordeaux or Toulouse will host the next national meeting", OK, 0, ""},
		{"M. Lyon a rappelé pour son dossier", Blocked, Personal, "name"},
		{"Jean Lyon et Marie Dijon viendront au repas", Blocked, Personal, "name"},
		{"Mrs Paris called about her son's fees", Blocked, Personal, "name"},
		{"Dijon Karima a oublié ses clés", Blocked, Personal, "name"},
	})
}
