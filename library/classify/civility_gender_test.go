package classify

import "testing"

// A civility tells the gender of the name it opens: a partner of the same
// gender told of « Mme Dubois » or "Mr Hill" tells an orientation, as
// one told of « Julie » does; a partner of the other gender, or a woman
// of the neighbourhood, tells none.
func TestACivilityTellsTheGenderOfAPartnersName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Claire Dubois vit avec une femme.", Blocked, Sensitive, "sexuality"},
		{"M. Petit vit avec son mari depuis dix ans.", Blocked, Sensitive, "sexuality"},
		{"Mme Dubois vit avec un homme.", Blocked, Personal, "name"},
		{"Mme Dubois vient avec une femme du quartier.", Blocked, Personal, "name"},
	})
}
