package classify

import "testing"

// « boire », "drink" with no drink after it, said of a person, tells
// alcohol; a drink named, a question, a baby or an animal do not.
func TestDrinkingToldWithoutTheWordAlcohol(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il boit, le nouveau de la chorale, ça se voit tout de suite.", Blocked, Sensitive, "health"},
		{"Elle boit en cachette, la voisine du 2e.", Blocked, Sensitive, "health"},
		{"Qui a dit que le trésorier buvait ?", Blocked, Sensitive, "health"},
		{"Tu savais qu'il boit ?", Blocked, Sensitive, "health"},
		{"My neighbour Gary drinks, everyone knows it.", Blocked, Sensitive, "health"},
		{"Marc Dupuis boit un café avant la réunion.", Blocked, Personal, "name"},
		{"He drinks tea with the residents every afternoon.", OK, 0, ""},
		{"Le cheval boit à la rivière.", OK, 0, ""},
		{"Qu'est-ce qu'il boit ?", OK, 0, ""},
	})
}

// The subject of the verb is the noun right before it: « Son petit ami
// boit », « Le propriétaire du chien boit trop » are adults; a drink or a
// container named after the amount (« boit souvent du thé », « encore au
// biberon ») and the noun "drinks" tell no alcohol.
func TestDrinkingSubjectAndDrinkNamed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son petit ami boit, elle n'ose pas partir.", Blocked, Sensitive, "health"},
		{"Mon petit-fils boit, il a perdu son travail.", Blocked, Sensitive, "health"},
		{"Pendant que le bébé dort, papa boit.", Blocked, Sensitive, "health"},
		{"Le père de l'enfant boit, la mère s'inquiète.", Blocked, Sensitive, "health"},
		{"Le propriétaire du chien boit trop.", Blocked, Sensitive, "health"},
		{"My neighbour drinks like a fish.", Blocked, Sensitive, "health"},
		{"Depuis son divorce, mon voisin boit un peu trop.", Blocked, Sensitive, "health"},
		{"Mon voisin boit depuis son divorce.", Blocked, Sensitive, "health"},
		{"My neighbour drank, everyone knew it.", Blocked, Sensitive, "health"},
		{"My colleague drinks a lot of water.", OK, 0, ""},
		{"Chiot de 4 mois, vacciné, au refuge de Lyon, propriétaire inconnu.", OK, 0, ""},
		{"Galette des rois à 16 h : tout le monde crie « la reine boit ! »", OK, 0, ""},
	})
	for _, text := range []string{"Ma collègue boit souvent du thé vert.", "Notre président boit toujours son café noir.",
		"Mon fils de 18 mois boit encore au biberon la nuit.", "Anna brings the drinks.", "Tea, coffee and soft drinks."} {
		if r := New(Rules{}).Classify(text); r.Category == Sensitive {
			t.Errorf("%q: %v, want no sensitive finding", text, r.Findings)
		}
	}
}
