package classify

import "testing"

// A family named by its surname after a plural article is one household:
// personal. A plural noun, a team, a people or a place after the same
// articles takes an s or an x, and passes.
func TestAFamilyNamedByItsSurnameIsPersonal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Noces d'argent des Kerjean samedi, on fait une collecte pour le cadeau.", Blocked, Personal, "name"},
		{"Condoléances aux Picard pour le décès du grand-père.", Blocked, Personal, "name"},
		{"Les Brunet déménagent à Lyon en juin.", Blocked, Personal, "name"},
		{"The Pattersons are moving to Cork in June.", Blocked, Personal, "name"},
		{"Randonnées dans les Alpes et le Jura au programme de l'été.", OK, Public, ""},
		{"Match des Verts contre les Canaris samedi au stade.", OK, Public, ""},
		{"The Cotswolds walk is on the second Sunday of May.", OK, Public, ""},
	})
}
