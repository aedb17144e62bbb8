package classify

import "testing"

// A picture whose people are blurred or faceless, or one the reader is
// told not to take, shows no one; a picture of people, or with a name,
// stays a person's.
func TestAPictureOfNoOneRecognisable(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les photos de la fête sont en ligne, les personnes ayant refusé l'autorisation ont été floutées.", OK, 0, ""},
		{"Les photos de la kermesse sont en ligne sur le site, sans les visages des enfants.", OK, 0, ""},
		{"Merci de ne pas prendre de photos des enfants pendant le spectacle.", OK, 0, ""},
		{"Please do not post photos of the children online.", OK, 0, ""},
		{"Les photos des enfants de la kermesse sont en ligne.", Blocked, Personal, "photo"},
		{"Les photos de la fête avec Léa sont floutées.", Blocked, Personal, ""},
		{"Photos of the kids at the party are on the drive.", Blocked, Personal, "photo"},
	})
}
