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

// Given names of the communities that associations serve, which faker's
// locales lack (Kabyle, West African, Nigerian, Ukrainian, Khmer
// spellings), name a person too.
func TestFirstNamesOfEveryOrigin(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Tariq vient vendredi pour le déménagement", Blocked, Personal, "name"},
		{"Ourida apportera les gâteaux", Blocked, Personal, "name"},
		{"Ngozi can't make it to the workshop", Blocked, Personal, "name"},
		{"Serhii a trouvé un logement à Rennes", Blocked, Personal, "name"},
		{"Sophea tiendra le stand des crêpes", Blocked, Personal, "name"},
	})
}

// British given names of English-speaking members in France that faker's
// English lists lack.
func TestBritishFirstNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Clive will bring the cakes on Saturday", Blocked, Personal, "name"},
		{"Glenys can't make choir this week", Blocked, Personal, "name"},
	})
}
