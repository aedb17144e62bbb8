package classify

import "testing"

// A person's noun capitalised beside a capitalised word is a title or a
// character (« Le Petit Prince »); the same noun in lower case, or a
// capitalised office alone (« la Présidente »), still designates someone.
func TestTitleCasedPersonNounIsATitle(t *testing.T) {
	allPass(t,
		"Le Petit Prince sera lu à voix haute à la médiathèque samedi.",
		"Lecture du Vieil Homme et la Mer pour les résidents jeudi.",
	)
	runRuleCases(t, []ruleCase{
		{"Le petit du 3e a encore cassé une vitre.", Blocked, Personal, "indirect"},
		{"La Présidente Anne Roux rappelle que la cotisation est due.", Blocked, Personal, "name"},
		{"La Présidente rappelle que la cotisation est due.", Doubt, Personal, "single-role"},
		{"Hier, la Petite Dame du 3e a encore appelé les pompiers.", Blocked, Personal, "indirect"},
		{"Hier soir, la Trésorière Adjointe a pleuré pendant toute la réunion.", Doubt, Personal, "single-role"},
	})
}
