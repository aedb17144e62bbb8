package classify

import "testing"

// Born in a French commune is a place of birth, no origin; abroad, an origin.
func TestFrenchBirthplaceIsNoOrigin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Marcel Pagnol est né à Aubagne en 1895 ; la balade littéraire part de sa maison natale.", OK, 0, ""},
		{"Mme Durand est née à Dole.", Blocked, Personal, "name"},
		{"Pour le Cerfa : donateur Gérard Lemoine, né à Épinal en 1961.", Blocked, Personal, "name"},
		{"Notre trésorière est née à Alger.", Blocked, Sensitive, "origin"},
		{"Karim est né à Oran et vit à Lyon.", Blocked, Sensitive, "origin"},
	})
}
