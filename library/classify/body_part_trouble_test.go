package classify

import "testing"

// A body part's trouble said of someone is a health fact without the
// illness's name; about no one (« au cœur du quartier », « à cause de la
// pluie ») the words pass.
func TestBodyPartTroubleOfSomeoneIsHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"ecris un mail aux coachs : le petit Enzo peut plus faire de sport a cause de son coeur, pas de match samedi", Blocked, Sensitive, "health"},
		{"Enzo a un souci au genou.", Blocked, Sensitive, "health"},
		{"Sa mère a des problèmes aux reins.", Blocked, Sensitive, "health"},
		{"She can't run because of her knee.", Blocked, Sensitive, "health"},
		{"Samir Haddad s'est fait mal à la main gauche pendant le match.", Blocked, Sensitive, "health"},

		{"La balade est annulée à cause de la pluie.", OK, 0, ""},
		{"Le festival au cœur du quartier revient samedi.", OK, 0, ""},
		{"Cours de gym douce pour les personnes qui ont mal aux genoux.", OK, 0, ""},
	})
}

// "Let go" said of staff is a dismissal; letting go of a thing is not.
func TestLetGoIsADismissal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The coach was let go after two parents complained; the HR file is still open", Blocked, Sensitive, "hr"},
		{"Three staff were let go in March.", Blocked, Sensitive, "hr"},
		{"She's been let go, the board says it was for budget reasons.", Blocked, Sensitive, "hr"},
		{"We let go of the old website last year.", OK, 0, ""},
		{"The balloons were let go at the end of the fun run.", OK, 0, ""},
		{"The pigeons were let go from the square at noon.", OK, 0, ""},
	})
}

// « face à » opposes two sides; only « d'en face » is the body across
// the street whose people one lures.
func TestFaceAIsNoRivalBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rédige une fiche sur les droits des locataires face à un propriétaire qui refuse de faire des travaux.", OK, 0, ""},
		{"On va faire venir les bénévoles de l'asso d'en face chez nous.", Blocked, Sensitive, "hr"},
	})
}
