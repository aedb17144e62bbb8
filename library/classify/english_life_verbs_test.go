package classify

import "testing"

// An English first name that is also a word opens a clause with a verb of
// one's own life and the person's pronoun: a person (english_life_verbs.go).
// The same verbs after a season, a feeling or a law, without the pronoun,
// pass.
func TestEnglishFirstNameWithLifeVerb(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tom lost his job at the depot in May.", Blocked, Personal, "name"},
		{"Grace moved her things out of the flat last night.", Blocked, Personal, "name"},
		{"Jack failed his driving test again.", Blocked, Personal, "name"},
		{"Dawn missed her shifts all week.", Blocked, Personal, "name"},
		{"Ben quit his shifts at the food bank.", Blocked, Personal, "name"},
		{"Summer came early this year, the fête was sunny.", OK, 0, ""},
		{"Hope lived on in the village after the flood.", OK, 0, ""},
		{"Bill passed in parliament yesterday.", OK, 0, ""},
		{"Patience won the day at the AGM.", OK, 0, ""},
		{"Autumn fell quickly over the allotments.", OK, 0, ""},
	})
}

// An address in digits after a person staying or renting there is a
// home (direct/direct_context.go personalMarkers); a group or the club
// staying or renting somewhere is not.
func TestAddressAfterStayingOrRenting(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"She's staying at 22 Kings Road until the divorce is through.", Blocked, Personal, "postal-address"},
		{"He is renting a bedsit at 5 Mill Lane.", Blocked, Personal, "postal-address"},
		{"The club rents a room at 3 Church Lane for its meetings.", OK, 0, ""},
		{"The choir is staying at the Youth Hostel, 4 Park Road, during the festival.", OK, 0, ""},
	})
}
