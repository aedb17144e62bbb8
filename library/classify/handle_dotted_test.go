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

// A handle in brackets after the network (« sur Snapchat (kevin.lb_56) »),
// one with capitals and underscores (« Papillon_bleu_29 »), and one on a
// network or a game of handle_words.txt (Roblox, Skype, Strava) is a
// handle; a public body's channel on the same network is none.
func TestHandleBracketedOrUnderscored(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Elle m'a relancée sur Snapchat (lou.mrt_29) hier soir.", Blocked, Personal, "handle"},
		{"Son pseudo sur le forum, c'est Vieux_Loup.", Blocked, Personal, "handle"},
		{"Sur Skype, c'est gerard.moulin_1.", Blocked, Personal, "handle"},
		{"Sur Roblox, son fils joue sous le pseudo Dino_Max_2014.", Blocked, Personal, "handle"},
		{"Sur YouTube, la chaîne de la mairie publie les conseils municipaux.", OK, 0, ""},
		{"Sur Strava, le club publie ses parcours du dimanche.", OK, 0, ""},
	})
}
