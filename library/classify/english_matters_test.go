package classify

import "testing"

// The association's confidential matters in English at the level of the
// French ones: figures padded for a funder (« gonfler les chiffres »), a
// departure nobody knows of yet (« personne ne le sait encore »); a
// stamp pad and a raffle teaser pass.
func TestEnglishMattersWithoutKeywordAsFrenchOnes(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"We'll ask the council for 20k and pad the numbers a bit.", Blocked, Sensitive, "finance"},
		{"We doctored the attendance figures for the grant report.", Blocked, Sensitive, "finance"},
		{"Our treasurer is leaving in June, nobody knows yet.", Blocked, Sensitive, "confidential"},
		{"Stamp pad and numbers stamps for the craft workshop.", OK, Public, ""},
		{"Nobody knows yet who will win the raffle: come on Saturday!", OK, Public, ""},
	})
}
