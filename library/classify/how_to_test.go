package classify

import "testing"

// A tutorial on pictures shows no one; a picture of people, or a
// tutorial step that names someone, still does.
func TestTutorialOnPhotosShowsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tuto : comment taguer ses photos", OK, 0, ""},
		{"How to blur the children's faces in a video before posting it", OK, 0, ""},
		{"Comment flouter les visages des enfants sur une photo ?", OK, 0, ""},
		{"Photo des enfants du centre aéré devant la mairie, visages visibles", Blocked, Personal, "photo"},
		{"Tuto : comment taguer Karima Benali sur la photo du groupe", Blocked, Personal, ""},
	})
}
