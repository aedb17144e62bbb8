package classify

import "testing"

// A handle written without its @, letters joined by a dot or an
// underscore after a handle word, a colon or « c'est », is a person's
// account (handle_dotted.go); a web address, the association's own
// account and an @handle of the association are not.
func TestDottedHandleWithoutAt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Son insta c'est lucie.dvl, elle y met ses photos de soirée.", Blocked, Personal, "handle"},
		{"Sur snapchat : theo_lbrt, il a 14 ans.", Blocked, Personal, "handle"},
		{"Her handle on TikTok is jess.b.skates.", Blocked, Personal, "handle"},
		{"Notre insta : amicale.laique", OK, 0, ""},
		{"Insta de l'asso : jardins.partages", OK, 0, ""},
		{"Instagram : lesamisdubourg.fr pour les photos du forum.", OK, 0, ""},
	})
}

// A surname right after a record noun names the person the record is
// about (record_surname.go); a firm, a commune, a word after the same
// nouns do not.
func TestRecordSurname(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le dossier Kerbrat est incomplet.", Blocked, Personal, "name"},
		{"La fiche Le Goff n'est pas à jour.", Blocked, Personal, "name"},
		{"On a rangé le dossier Marchetti dans le classeur bleu.", Blocked, Personal, "name"},
		{"La facture Orange est arrivée.", OK, 0, ""},
		{"Le dossier Vichy est clos.", OK, 0, ""},
		{"Le dossier Paris 2024 avance bien.", OK, 0, ""},
	})
}
