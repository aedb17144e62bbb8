package classify

import "testing"

// A copy of a document of someone the association knows (a role, a
// possessive, a person noun) is personal even without a number; a
// blank form, a procedure or a copy with nobody's document stays ok.
func TestCopyOfAPersonsDocumentIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Photocopie du passeport de la trésorière pour la banque", Blocked, Personal, "indirect"},
		{"Envoyer la copie de son permis de conduire avant la sortie", Blocked, Personal, "indirect"},
		{"Scanned signature of the chairman, to paste into the grant letter", Blocked, Personal, "indirect"},
		{"Mettre le scan de la carte vitale du bénévole dans le dossier", Blocked, Personal, "indirect"},
		{"Photocopies des documents de l'AG à prévoir en 40 exemplaires", OK, 0, ""},
		{"Atelier : comment scanner un document avec son téléphone", OK, 0, ""},
		{"Renew your passport online: the procedure step by step", OK, 0, ""},
	})
}
