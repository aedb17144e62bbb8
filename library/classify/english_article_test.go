package classify

import "testing"

// The English article before a famous name ("a Nelson Mandela quote") is
// no « à » typed plain: the name passes where a public cue says so; « a »
// for « à » in French, and an ordinary person's name, stay a person.
func TestEnglishArticleBeforeAFamousName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Use a Nelson Mandela quote about education for the poster.", OK, 0, ""},
		{"Print a Victor Hugo poem on the back of the programme.", OK, 0, ""},
		{"Open the evening with a Martin Luther King quote about hope.", OK, 0, ""},
		{"Demander a Nelson Martin de venir samedi.", Blocked, Personal, "name"},
		{"Send a card to Victor Hugo Martin, our volunteer, for his birthday.", Blocked, Personal, "name"},
		{"Give a lift to Simone Martin from the station.", Blocked, Personal, "name"},
	})
}
