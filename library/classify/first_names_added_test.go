package classify

import "testing"

// French first names of the older generations that the kept lists lack
// (firstnames_extra.txt: « Fernand », « Roselyne », « Maryvonne »…) name
// a person like any other first name.
func TestOlderFrenchFirstNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fernand passera prendre les chaises jeudi", Blocked, Personal, "name"},
		{"Merci à Maryvonne pour les crêpes du goûter", Blocked, Personal, "name"},
		{"Roselyne a gagné le panier garni de la tombola", Blocked, Personal, "name"},
		{"Tugdual tiendra la caisse au fest-noz", Blocked, Personal, "name"},
	})
}
