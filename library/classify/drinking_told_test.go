package classify

import "testing"

// « boire », "drink" with no drink after it, said of a person, tells
// alcohol; a drink named, a question, a baby or an animal do not.
func TestDrinkingToldWithoutTheWordAlcohol(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il boit, le nouveau de la chorale, ça se voit tout de suite.", Blocked, Sensitive, "health"},
		{"Elle boit en cachette, la voisine du 2e.", Blocked, Sensitive, "health"},
		{"My neighbour Gary drinks, everyone knows it.", Blocked, Sensitive, "health"},
		{"Marc Dupuis boit un café avant la réunion.", Blocked, Personal, "name"},
		{"He drinks tea with the residents every afternoon.", OK, 0, ""},
		{"Le cheval boit à la rivière.", OK, 0, ""},
		{"Qu'est-ce qu'il boit ?", OK, 0, ""},
	})
}
