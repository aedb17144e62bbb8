package classify

import "testing"

// Initials with a birth year, an English role, or two sets of initials
// sharing a plural role are a person's name; a dotted abbreviation before
// a plural (« P.S., les bénévoles… ») and acronyms joined by « et » that
// name meetings are not.
func TestInitialsDescribedAsAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"G.D., née le 4 mars 1961, ancienne infirmière", Blocked, Personal, "name"},
		{"M.P., né en 1949, vit chez sa fille", Blocked, Personal, "name"},
		{"H.V., born in 1953, retired, lives on the top floor", Blocked, 0, "name"},
		{"S.V. et L.R., nos animatrices du mercredi", Blocked, Personal, "name"},
		{"T.G. and M.H., our two trainees", Blocked, Personal, "name"},
		{"J.F. et N.K., les stagiaires de l'accueil", Blocked, Personal, "name"},
		{"W.B., the intern, will answer the phone", Blocked, Personal, "name"},
		{"Merci à E.L., notre intern de printemps", Blocked, Personal, "name"},
		{"D.K., né le 12 avril 1950, ancien facteur", Blocked, Personal, "name"},
		{"R.T. and J.W., our interns this summer", Blocked, Personal, "name"},
		{"Y.B. et F.M., nos deux bénévoles du vendredi", Blocked, Personal, "name"},
		// look-alikes
		{"P.S., les bénévoles sont attendus à 9 h.", OK, Public, ""},
		{"A.G. et C.A., les deux réunions de l'année", OK, Public, ""},
		{"Interns and trainees welcome: apply before 1 May.", OK, Public, ""},
	})
}

func TestAbbreviationBeforeABirthYearIsNotBlocked(t *testing.T) {
	notBlocked(t, "N.B. : né en 1901, le club fête ses 125 ans.", "P.S., nées en 2010 ou après : catégorie U16.")
}
