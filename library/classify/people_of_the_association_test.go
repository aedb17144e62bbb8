package classify

import "testing"

// A relative named through someone's role is one person even in the
// future; a biometric capture aimed at the association's people a few
// words later is category 4; cash said never banked is off the books.
func TestRelativesBiometricsOfOurPeopleAndUnbankedCash(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The chairman's son will run the tombola stall", Blocked, Personal, "indirect"},
		{"The coach's wife is going to bring the oranges", Blocked, Personal, "indirect"},
		{"Empreintes digitales à l'entrée du gymnase pour tous les adhérents", Blocked, Sensitive, "biometric"},
		{"Face scans at the door of the youth club for all our members", Blocked, Sensitive, "biometric"},
		{"The takings from the quiz night were never banked", Blocked, Sensitive, ""},
		{"Les recettes du vide-grenier n'ont jamais été déposées à la banque", Blocked, Sensitive, ""},
		{"Talk on facial recognition and privacy, open to all", OK, 0, ""},
		{"The cheques were banked on Monday, thank you all", OK, 0, ""},
	})
}
