package classify

import "testing"

// An appeal in the imperative or addressed to the reader publishes the
// association's own account: its IBAN passes; a person's transfer, or an
// account given without an appeal, stays blocked.
func TestAppealInTheImperativePublishesTheAccount(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Faites un don par virement : IBAN FR76 3000 4000 0312 3456 7890 143", OK, 0, ""},
		{"Soutenez-nous par virement sur notre compte FR76 3000 4000 0312 3456 7890 143, merci", OK, 0, ""},
		{"Donate by bank transfer: IBAN FR76 3000 4000 0312 3456 7890 143", OK, 0, ""},
		{"You can donate by transfer to FR76 3000 4000 0312 3456 7890 143", OK, 0, ""},
		{"IBAN du bénévole pour le remboursement : FR76 3000 4000 0312 3456 7890 143", Blocked, Personal, "iban"},
		{"He wants to donate; his IBAN is FR76 3000 4000 0312 3456 7890 143", Blocked, Personal, "iban"},
	})
}

// The possessive is read in the IBAN's own sentence, whichever sentence
// comes last.
func TestSomeonesAccountInAnEarlierSentence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Il veut faire un don, voici son IBAN FR76 3000 4000 0312 3456 7890 143. Merci pour votre soutien.", Blocked, Personal, "iban"},
	})
}
