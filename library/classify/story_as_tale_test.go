package classify

import "testing"

// A story told is a tale, a film screened a film; a story posted and a
// film of members show people.
func TestStoryAsTaleShowsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Write a short story for the kids' club about a lost puppy in Honfleur.", OK, 0, ""},
		{"Bedtime stories for the children every Friday at the library.", OK, 0, ""},
		{"Posted a story on Instagram with the kids from the Friday group, faces visible.", Blocked, Personal, "photo"},
		{"La story Insta avec les enfants du centre aéré est en ligne.", Blocked, Personal, "photo"},
		// a film shown to an audience shows no member; a film of members does
		{"Film club: Charlie Chaplin's The Kid, free entry.", OK, 0, ""},
		{"Paddington will be screened in the village hall for the kids' film night.", OK, 0, ""},
		{"Le film de la kermesse avec les enfants est sur le drive.", Blocked, Personal, "photo"},
		{"Film of the kids at the club party, send it to the parents.", Blocked, Personal, "photo"},
	})
}
