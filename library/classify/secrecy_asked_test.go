package classify

import "testing"

// Secrecy asked in everyday words before an association's decision
// (strategy_terms.txt, [confidential strong]) makes the decision a
// confidential matter, whatever the decision's words; the same decision
// told openly passes.
func TestSecrecyAskedInEverydayWordsIsConfidential(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ne l'ébruitez pas, mais l'atelier tricot s'arrête à Pâques.", Blocked, Sensitive, "confidential"},
		{"Il ne faut pas le dire aux bénévoles, mais la braderie de mai n'aura pas lieu.", Blocked, Sensitive, "confidential"},
		{"Garde ça pour toi : le tarif des cours de guitare passe à 15 € en janvier.", Blocked, Sensitive, "confidential"},
		{"Ne le répète pas, on quitte le local de la rue Haute en juin.", Blocked, Sensitive, "confidential"},
		{"Mum's the word, but the summer camp is cancelled this year.", Blocked, Sensitive, "confidential"},
		{"Keep it under your hat: the Friday drop-in closes next month.", Blocked, Sensitive, "confidential"},
		{"L'atelier tricot s'arrête à Pâques, merci à toutes les participantes !", OK, 0, ""},
		{"The summer camp is cancelled this year; refunds are on the way.", OK, 0, ""},
	})
}
