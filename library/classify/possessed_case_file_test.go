package classify

import "testing"

// A person's possessive before the file or the card a special word is
// for makes the word that person's, whatever the drop-in or the
// workshop named beside it; an infinitive before the possessive is
// anyone's (« préparer son dossier »).
func TestPossessedCaseFileOwnsItsSpecialWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Permanence juridique : suite de son dossier de demande d'asile rejetée.", Blocked, Sensitive, "origin"},
		{"Aide pour sa carte d'invalidité à la permanence.", Blocked, Sensitive, "health"},

		{"Atelier : préparer son dossier de demande d'asile", OK, 0, ""},
		{"Permanence : comment remplir son dossier de demande d'asile ?", OK, 0, ""},
	})
}
