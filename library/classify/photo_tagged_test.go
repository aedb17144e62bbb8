package classify

import "testing"

// A picture whose people are tagged or recognisable, teenagers in a
// selfie, and headshots show identifiable people; an exhibition about a
// subject and a lesson on birds in photos do not.
func TestTaggedOrRecognisablePictures(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"J'ai identifié les joueuses sur les photos du tournoi", Blocked, Personal, "photo"},
		{"Sur la vidéo de la kermesse on reconnaît tous les parents", Blocked, Personal, "photo"},
		{"Selfie des ados au skate-park, à ne pas poster", Blocked, Personal, "photo"},
		{"I tagged all the choir members in the concert photos", Blocked, Personal, "photo"},
		{"Headshots of the new volunteers for the welcome board", Blocked, Personal, "photo"},
		{"Exposition photo sur les oiseaux du marais, entrée libre", OK, 0, ""},
		{"Atelier : comment reconnaître les oiseaux sur les photos", OK, 0, ""},
	})
}
