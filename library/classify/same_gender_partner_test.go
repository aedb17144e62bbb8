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
