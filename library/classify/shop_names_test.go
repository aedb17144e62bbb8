package classify

import "testing"

// A shop or a trade named after its owner (« boulangerie Martin », « Ets
// Morel ») is a firm's name, as « salle Jean Moulin » is a hall's; a
// person of the shop told with a fact stays a person.
func TestShopNamedAfterItsOwner(t *testing.T) {
	allPass(t,
		"Merci à la boulangerie Martin pour les galettes du goûter",
		"Menuiserie Le Goff : devis reçu pour les étagères",
		"Ets Morel : livraison des tables lundi matin",
		"Lots de la tombola offerts par la fromagerie Blanc et la boucherie Petit",
	)
	runRuleCases(t, []ruleCase{
		{"Le garage de Mme Roux est fermé, elle est hospitalisée", Blocked, Sensitive, "health"},
		{"À la boucherie, Karim m'a dit qu'il était séropositif", Blocked, Sensitive, "health"},
	})
}
