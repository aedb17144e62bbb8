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

// A list of titles between guillemets is read one quote at a time: the
// closing mark of one and the opening mark of the next stand between the
// same two words (« Jolene », « Roxanne »), and counting marks took the
// second title for the text outside. A quoted sentence about someone
// stays a fact about them.
func TestListOfQuotedTitles(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Playlist de la kermesse : « Alexandrie Alexandra », « Les Lacs du Connemara » et « Lucie ».", OK, 0, ""},
		{"Karaoké des ados : « Jolene », « Valerie » puis « Roxanne ».", OK, 0, ""},
		{"« Mme Laval est sous dialyse », a écrit la coordinatrice.", Blocked, Sensitive, "health"},
	})
}
