package classify

import "testing"

// A few counted out of a group named after them (« deux des mamans »,
// "one of the two caretakers") are known people: a fact said of them,
// plural or not, is theirs, even in a sentence about a support group.
func TestFewOfAGroupAreKnownPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Deux des mamans du groupe de parole sont séropositives.", Blocked, Sensitive, "health"},
		{"Two of the mums in the support group are HIV positive.", Blocked, Sensitive, "health"},
		{"Un des trois chauffeurs boit.", Blocked, Sensitive, "health"},
		{"Une des deux animatrices est enceinte.", Blocked, Sensitive, "health"},
		{"Deux des familles accueillies sont musulmanes.", Blocked, Sensitive, "religion"},
		{"Deux des bénévoles viendront samedi.", OK, 0, ""},
	})
}

// The plural of an orientation said of people is as telling as the
// singular (« Mes voisines sont lesbiennes »).
func TestPluralOrientationOfPeople(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mes voisins sont homosexuels.", Blocked, Sensitive, "sexuality"},
		{"Les deux sœurs de l'accueil sont lesbiennes.", Blocked, Sensitive, "sexuality"},
		{"Mes voisines sont bisexuelles.", Blocked, Sensitive, "sexuality"},
	})
}

// « l'un », "one" as the subject of a verb after a group named before it
// is one person of that group.
func TestOneOfAGroupNamedBefore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Parmi les bénévoles du jeudi, l'un est alcoolique.", Blocked, Sensitive, "health"},
		{"Among the Thursday volunteers, one is an alcoholic.", Blocked, Sensitive, "health"},
		{"Parmi les bénévoles, l'une a un cancer.", Blocked, Sensitive, "health"},
	})
}

// A superlative taken from a group (« le plus vieux de nos adhérents »,
// "the oldest of our members") is one person of it.
func TestSuperlativeOfAGroupIsOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le plus vieux de nos adhérents, 94 ans, a Alzheimer.", Blocked, Sensitive, "health"},
		{"The oldest of our members has dementia.", Blocked, Sensitive, "health"},
		{"La plus grande des salles est accessible aux fauteuils roulants.", OK, 0, ""},
	})
}
