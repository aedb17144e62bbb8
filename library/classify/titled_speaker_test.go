package classify

import "testing"

// A doctor or a professor announced as the speaker of a talk speaks in a
// public role; beside a tie, news or a private fact, the name stays.
func TestTitledSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le Dr Mathieu Kervella animera la conférence jeudi.", OK, 0, ""},
		{"La conférence sera animée par le Dr Mathieu Kervella, cardiologue.", OK, 0, ""},
		{"Le Dr Mathieu Kervella, cardiologue au CHU de Brest, animera la conférence au club des aînés, jeudi 15 h.", OK, 0, ""},
	})
	runRuleCases(t, []ruleCase{
		{"La conférence du Dr Martin est annulée, il est hospitalisé.", Blocked, 4, ""},
		{"Le Dr Martin, notre bénévole, animera la conférence.", Blocked, 3, ""},
		{"Le Dr Martin animera la conférence, il sort d'une dépression.", Blocked, 4, ""},
		{"Le Dr Martin a soigné Paul Girard avant la conférence.", Blocked, 3, ""},
		{"Mme Martin animera la conférence jeudi.", Blocked, 3, ""},
	})
}
