package classify

import "testing"

// Sex life told in everyday words (an open relationship, an affair, a
// hook-up, being outed) is category 4 about the person it is told of; the
// same words in a debate or a prevention workshop are about no one.
func TestSexLifeInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les voisins du dessus ont une relation libre, elle nous l'a dit", Blocked, Sensitive, "sexuality"},
		{"Il paraît que le chef de chœur couche avec une choriste", Blocked, Sensitive, "sexuality"},
		{"Mme Lenoir a été outée au travail, elle ne veut plus venir", Blocked, Sensitive, "sexuality"},
		{"Greg hooked up with a lad from the away team", Blocked, Sensitive, "sexuality"},
		{"Our caretaker is still closeted, please don't mention his partner", Blocked, Sensitive, "sexuality"},
		{"Ciné-débat : la relation libre, mythe ou réalité ? entrée libre", OK, 0, ""},
		{"Atelier prévention : les sextos et le harcèlement chez les ados", OK, 0, ""},
		{"Il a trompé tout le monde au jeu de cartes", OK, 0, ""},
	})
}
