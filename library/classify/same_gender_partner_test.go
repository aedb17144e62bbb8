package classify

import "testing"

// One first name said to be the partner of another of the same gender
// tells an orientation; a man and a woman, two names who came together
// or share a flat, tell no more than two names.
func TestPartnerOfTheSameGender(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Antoine est pacsé avec Julien.", Blocked, Sensitive, "sexuality"},
		{"Léa est fiancée à Chloé depuis juin.", Blocked, Sensitive, "sexuality"},
		{"Kate is dating Emma from the choir.", Blocked, Sensitive, "sexuality"},
		{"Marc est marié avec Sophie.", Blocked, Personal, "name"},
		{"Hugo est venu avec Lucas pour monter les tables.", Blocked, Personal, "name"},
		{"Léa vit avec Chloé en colocation.", Blocked, Personal, "name"},
	})
}

// "Partner", « conjoint » between two first names of one gender tell a
// couple as « pacsé avec » does; "Sue" as a first name is no lawsuit.
func TestPartnerAndSueAsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Karen and her partner Emma will host the quiz.", Blocked, Sensitive, "sexuality"},
		{"Paul et son conjoint Marc tiendront la buvette.", Blocked, Sensitive, "sexuality"},
		{"Karen and her partner Mike will host the quiz.", Blocked, Personal, "name"},
		{"Sue will bring the cakes on Saturday.", Blocked, Personal, "name"},
		{"We might sue the landlord over the damp.", Blocked, Sensitive, "litigation"},
	})
}

// Workers on strike in the plural, said of a person, are a union fact;
// a team's strikers are not.
func TestStrikersOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tom is one of the strikers at the bus depot.", Blocked, Sensitive, "union"},
	})
	allPass(t, "Our strikers scored six goals on Saturday.")
}

// A business or dance partner, a joint text, "the children then went"
// tell no couple and no stay.
func TestPartnerOnlyAfterAPossessive(t *testing.T) {
	for _, s := range []string{
		"Paul and his business partner Marc will host the quiz.",
		"Paul signe un texte conjoint avec Marc.",
		"Paul Martin thanked the nurses, who then went back to the hospital.",
	} {
		if r := rulesOnly().Classify(s); r.Category == Sensitive {
			t.Errorf("%q: %v", s, describe(s, r))
		}
	}
}

// « a un mari », « son époux » said of a man, « a une épouse » of a
// woman tell an orientation as « son mari » does.
func TestSpouseOfTheSameGenderInOtherWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rémi a un mari et deux chats.", Blocked, Sensitive, "sexuality"},
		{"Nathalie a une épouse, elles vivent à Brest.", Blocked, Sensitive, "sexuality"},
		{"Marc vit avec son époux à Lyon.", Blocked, Sensitive, "sexuality"},
		{"Mme Roux et son époux viendront au gala.", Blocked, Personal, "name"},
	})
}
