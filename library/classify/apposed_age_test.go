package classify

import "testing"

// A famous full name with an age in apposition is a child or a member of
// the association (famous_guards.go apposedAge); the same name with its
// public deed, or a historical person's age in a dated past, passes.
func TestApposedAgeKeepsFamousNamesakes(t *testing.T) {
	c := New(Rules{})
	for _, s := range []string{
		"Victor Hugo, 9 ans, a lu son poème devant le conseil municipal des enfants.",
		"Serena Williams, 11, won the club tennis cup on Saturday.",
		"Kylian Mbappé (10 ans) a marqué le but de la victoire.",
		"Kylian Mbappé (U11) a marqué le but de la victoire en finale du tournoi de Pâques.",
	} {
		if r := c.Classify(s); r.Verdict != Blocked {
			t.Errorf("%q: %s, want blocked", s, r.Verdict)
		}
	}
	for _, s := range []string{
		"Victor Hugo a écrit Les Misérables en exil à Guernesey.",
		"Exposition : les fusillés de Châteaubriant, dont Guy Môquet, 17 ans, exécuté par les nazis en 1941.",
	} {
		if r := c.Classify(s); r.Verdict != OK {
			t.Errorf("%q: %s %v, want ok", s, r.Verdict, describe(s, r))
		}
	}
}
