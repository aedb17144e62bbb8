package classify

import "testing"

// A name that a talk or an exhibition is about (« expo au centre social
// sur … », public_topics.go) is a public or historical figure and passes;
// so does a first name after the title of a pope or a monarch (« le pape
// François », sovereign_names.go). A meeting with the same name is someone.
func TestNameAnEventIsAboutIsAPublicFigure(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Exposition à la médiathèque sur Louise Michel et la Commune", OK, 0, ""},
		{"Conférence au foyer rural autour de Rosa Parks, entrée libre", OK, 0, ""},
		{"Le pape François a reçu les jeunes du diocèse", OK, 0, ""},
		{"Rendez-vous avec Louise Michel jeudi pour les clés", Blocked, Personal, "name"},
	})
}
