package classify

import "testing"

// A known acronym written in title case after an article (« l'Insee »,
// « le Samu ») names a body, not a person; the same word with no article,
// as a first name before a surname, stays a person's name, and no health
// fact of its bearer (politician_named.go termIsAName: category 3).
func TestTitleCaseAcronymIsNoName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Selon l'Insee, un habitant sur quatre vit sous le seuil de pauvreté.", OK, 0, ""},
		{"According to the Insee, one in four residents lives below the poverty line.", OK, 0, ""},
		{"Selon l'Urssaf, les cotisations augmentent en janvier.", OK, 0, ""},
		{"Le Smur est intervenu au gymnase pendant le tournoi.", OK, 0, ""},
		{"Les chiffres de l'Insee sont publiés chaque année en janvier.", OK, 0, ""},
		{"La Caf verse les allocations le 5 du mois.", OK, 0, ""},
		{"Appeler Samu Kamara demain pour la clé du local.", Blocked, Personal, "name"},
		{"Samu Kamara a oublié sa clé au local.", Blocked, Personal, "name"},
		{"Merci à Paul Insee pour les gâteaux.", Blocked, Personal, "name"},
		{"Call Samu Kamara tomorrow about the keys.", Blocked, Personal, "name"},
	})
}
