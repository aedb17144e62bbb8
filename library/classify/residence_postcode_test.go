package classify

import "testing"

// A home named by a place without a street and a postcode with its
// commune after a verb of residence or a possessive (« sa nouvelle
// adresse »), and a housing estate or a mill as the place, are a
// person's address (residence_postcode.go, hamlet_words.txt,
// home_age_words.txt). The association's own address, a public place's,
// a price or a surface after a possessive pass.
func TestAddressByPostcodeOrEstate(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son adresse : Les Landes, 22160 Callac.", Blocked, Personal, "postal-address"},
		{"Sa nouvelle adresse, c'est la Métairie Neuve, 79130 Secondigny.", Blocked, Personal, "postal-address"},
		{"Elle loge au Clos Fleuri, 97427 L'Étang-Salé.", Blocked, Personal, "postal-address"},
		{"Il vit cité des Peupliers, bâtiment C, à Sarcelles.", Blocked, Personal, "postal-address"},
		{"Notre association : Les Amis du Rail, 3 allée du Parc, 44000 Nantes.", OK, 0, ""},
		{"Le siège de la fédération est à la Maison des sports, 35000 Rennes.", OK, 0, ""},
		{"Son appartement fait 45 m2, près du centre.", OK, 0, ""},
	})
}
