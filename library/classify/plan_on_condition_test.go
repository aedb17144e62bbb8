package classify

import "testing"

// A plan of the association that hinges on what it has not got yet, or
// on a decision awaited, is not settled: doubt.
func TestAPlanThatHingesOnWhatIsNotThereYetIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Si on trouve un deuxième chauffeur, on lancera une tournée le jeudi.", Doubt, 0, "internal"},
		{"On ouvrira une section handisport si nous obtenons l'aide de la région.", Doubt, 0, "internal"},
		{"We'd start a Saturday junior session if we can find another coach.", Doubt, 0, "internal"},
		{"The brewery might back the fun run; we'll know more once they've decided.", Doubt, 0, ""},
		{"Le comité des fêtes nous dira pour le char quand ils auront décidé.", Doubt, 0, "internal"},
	})
}

// The same words in an appeal or a game addressed to the reader pass.
func TestAConditionAddressedToTheReaderPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Venez nous aider : si on trouve cinq bénévoles de plus, on ouvre aussi le samedi !", OK, 0, ""},
		{"Jeu de piste : si vous trouvez les cinq indices, vous gagnez un livre.", OK, 0, ""},
		{"If we find your lost property, we'll keep it at the front desk for a month.", OK, 0, ""},
	})
}
