package classify

import "testing"

// A full name of the famous list whose surname no name list gives is the
// famous one when the sentence makes it its topic (a quiz, a summary, a
// career, a deed of public life: famous_topics.txt); an age says a
// namesake, and a name with an ordinary surname needs a stronger cue.
func TestFamousNameAsTheTopic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Écris une brève sur la carrière de Simone Biles pour le journal du club.", OK, 0, ""},
		{"Quiz question: in which sport did Jesse Owens win four gold medals?", OK, 0, ""},
		// a namesake
		{"Simone Biles, 12 ans : sa carrière au club commence samedi.", Blocked, Personal, "name"},
		{"Notre bénévole Simone Biles a préparé le quiz de la soirée.", Blocked, Personal, "name"},
		// an everyday note, no topic
		{"Simone Biles a oublié son écharpe au local.", Blocked, Personal, "name"},
	})
}
