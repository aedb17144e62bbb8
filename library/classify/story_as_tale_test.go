package classify

import "testing"

// A story told is a tale; a story posted shows people.
func TestStoryAsTaleShowsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Write a short story for the kids' club about a lost puppy in Honfleur.", OK, 0, ""},
		{"Bedtime stories for the children every Friday at the library.", OK, 0, ""},
		{"Posted a story on Instagram with the kids from the Friday group, faces visible.", Blocked, Personal, "photo"},
		{"La story Insta avec les enfants du centre aéré est en ligne.", Blocked, Personal, "photo"},
	})
}
