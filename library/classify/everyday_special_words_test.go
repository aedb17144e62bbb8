package classify

import "testing"

// Everyday words for a release from prison, a time served and a lost
// sense, said of someone; a general statement stays public.
func TestReleaseAndLostSenseSaidOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Former inmate, released in May, looking for volunteering.", Blocked, Sensitive, "criminal"},
		{"Elle a détenu le record départemental de natation avant de perdre la vue.", Blocked, Sensitive, "health"},
		{"He lost his sight last year.", Blocked, Sensitive, "health"},
		{"Our goalkeeper is doing time at HMP Wandsworth.", Blocked, Sensitive, "criminal"},

		{"Inmates have the right to vote in France.", OK, 0, ""},
		{"Un atelier pour apprendre à vivre après avoir perdu la vue.", OK, 0, ""},
		{"Goalkeeper training on Tuesday at 6pm.", OK, 0, ""},
	})
}

// A parole with its owner's possessive is a criminal fact; a racist
// slur said of someone tells the origin it aims at.
func TestParoleOwnedAndSlurSaidOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Qu'est-ce qu'un JAP ? Je le vois jeudi pour ma conditionnelle.", Blocked, Sensitive, "criminal"},
		{"Comment expliquer le racisme à mes enfants ? On nous traite de bougnoules à l'école.", Blocked, Sensitive, "origin"},
		{"Mon fils s'est fait traiter de bougnoule au foot.", Blocked, Sensitive, "origin"},

		{"Une proposition conditionnelle commence souvent par si.", OK, 0, ""},
		{"La chorale répète deux negro spirituals pour le concert de Noël.", OK, 0, ""},
	})
}

// Slang for drinking, said of someone, is their health.
func TestDrinkingSlangSaidOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"le tresorier est alcolo", Blocked, Sensitive, "health"},
		{"Le fils du gardien fume de l'herbe.", Blocked, Sensitive, "health"},
		{"Prévention : pourquoi les ados fument des joints ?", OK, 0, ""},
	})
}
