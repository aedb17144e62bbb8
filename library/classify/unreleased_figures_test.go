package classify

import "testing"

// A figure or a record said not released yet (« non consolidé », « pas mis
// en ligne », "not yet validated") is news from inside: a doubt. The same
// figure said published passes, and a step of a procedure (« floutées
// avant publication ») is no news.
func TestUnreleasedFiguresAreADoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nombre de colis distribués en octobre : 412, chiffre non consolidé.", Doubt, Personal, "internal"},
		{"Compte rendu du conseil d'administration, envoyé aux membres mais pas mis en ligne.", Doubt, Personal, "internal"},
		{"Volunteer hours for the year: 3,200, figures not yet validated by the board.", Doubt, Personal, "internal"},
		{"Nombre de colis distribués en 2024 : 4 120, chiffre publié dans notre rapport annuel.", OK, 0, ""},
		{"Les visages des enfants seront floutés avant publication sur le site.", OK, 0, ""},
	})
}
