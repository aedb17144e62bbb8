package classify

import "testing"

// A theme marker (« un mail sur », « une réunion sur ») does not make a
// topic of a confidential matter whose owner is named or told by a
// possessive; a course's generic employee or a public figure stay a
// topic.
func TestTopicOfSomeoneKnownStaysTheirMatter(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rédige un mail sur le licenciement de Julie.", Blocked, Sensitive, "hr"},
		{"Une réunion sur le licenciement de notre secrétaire.", Blocked, Sensitive, "hr"},

		{"Formation sur le licenciement du salarié protégé.", OK, 0, ""},
		{"Atelier sur le licenciement économique.", OK, 0, ""},
		{"Conférence sur le licenciement de Zola au journal, en 1898.", Doubt, Personal, "public-figure"},
	})
}
