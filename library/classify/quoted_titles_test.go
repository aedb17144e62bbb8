package classify

import "testing"

// A title between single quotes in a sentence about a work is no one's
// name; a possessive "'s" opens no title, and a name outside the quotes
// stays a person.
func TestSingleQuotedTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Community radio show 'Voices from the Valley' wants stories from local farmers.", OK, Public, ""},
		{"Tonight's play, 'Abigail's Party', starts at 8.", OK, Public, ""},
		{"Film club: 'Mrs Harris Goes to Paris', free entry.", OK, Public, ""},
		{"Karim's bike is in the yard.", Blocked, Personal, "name"},
		{"The play 'Home' was great, Karima Benali will bring the costumes back.", Blocked, Personal, "name"},
	})
}
