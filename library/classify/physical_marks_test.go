package classify

import "testing"

// A person described by looks and a visible mark is one person:
// blocked. The same marks in a public notice, or on a clown, pass.
func TestPersonDescribedByAVisibleMark(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"le grand roux avec la cicatrice au menton qui joue en défense", Blocked, Personal, "indirect"},
		{"the tall redhead with a scar on his chin who plays in goal", Blocked, Personal, "indirect"},
		{"la voisine avec le tatouage sur le bras a rapporté le colis", Blocked, Personal, "indirect"},
		{"Le clown avec le nez rouge animera le goûter, ouvert à tous.", OK, 0, ""},
		{"Atelier coiffure : tresses et cheveux bouclés, pour les enfants.", OK, 0, ""},
	})
}
