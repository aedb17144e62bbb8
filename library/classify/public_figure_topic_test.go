package classify

import "testing"

// A name that an event is about, with the topic word a few words before
// (« expo au centre social sur … »), or after a public title (« le pape
// … »), is a public figure: a doubt, not a blocked name. A meeting with
// the same name is someone.
func TestNameAnEventIsAboutIsAPublicFigure(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Exposition à la médiathèque sur Louise Michel et la Commune", Doubt, 0, "public-figure"},
		{"Conférence au foyer rural autour de Rosa Parks, entrée libre", Doubt, 0, "public-figure"},
		{"Le pape François a reçu les jeunes du diocèse", Doubt, 0, "public-figure"},
		{"Rendez-vous avec Louise Michel jeudi pour les clés", Blocked, Personal, "name"},
	})
}
