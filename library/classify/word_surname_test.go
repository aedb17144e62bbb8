package classify

import "testing"

// A surname that is also a word, after a first name that is also a word,
// is a person's when a person's verb follows; a shop, a café or a saint
// named so is not.
func TestSurnameThatIsAWordBeforeAPersonsVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pierre Bouleau viendra samedi.", Blocked, Personal, "name"},
		{"Rose Curie a appelé.", Blocked, Personal, "name"},
		{"Olive Verger passera demain chercher les clés.", Blocked, Personal, "name"},
		{"Pierre Bouleau ne viendra pas.", Blocked, Personal, "name"},
		{"Rose Bonbon est ouvert le samedi.", OK, 0, ""},
		{"Pierre Angulaire est le nom de notre café associatif.", OK, 0, ""},
	})
}
