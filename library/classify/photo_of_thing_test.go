package classify

import "testing"

// A picture of a place or a thing shows no one; people with it, seen in
// it or named keep it theirs.
func TestPictureOfAThingShowsNoOne(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Légende photo : le lac d'Annecy vu du col de la Forclaz au lever du soleil, sortie rando de juillet.", OK, 0, ""},
		{"Sainte Geneviève, patronne de Paris : écris une légende pour la photo du vitrail de l'église.", OK, 0, ""},

		{"Photo de groupe des bénévoles à publier sur Facebook.", Blocked, Personal, "photo"},
		{"Photo du local avec les bénévoles devant.", Blocked, Personal, "photo"},
		{"Photo de la façade, on voit les enfants à la fenêtre.", Blocked, Personal, "photo"},
		{"Photos of the garden with the children planting.", Blocked, Personal, "photo"},
		{"Photo du stand : Julie et Karim au service.", Blocked, Personal, "photo"},
	})
}
