package classify

import "testing"

// A first name typed in lower case is someone after a detail of theirs
// and « de » (« rib de fatou ») or after a verb that addresses them
// (« appelle fatou »); a public service or an organisation's document is
// no one.
func TestLowerFirstNameAfterTheirDetail(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"rib de fatou : FR76 3000 4012 3400 0109 8765 432", Blocked, Personal, "name"},
		{"appelle fatou demain", Blocked, Personal, "name"},
		{"le tel de karim c'est le 06 12 34 56 78", Blocked, Personal, "name"},
		{"Contactez jean-marc pour les clés.", Blocked, Personal, "name"},
		{"Le rib de jean-luc a changé.", Blocked, Personal, "name"},

		{"appelez france services au 3939", OK, 0, ""},
		{"le dossier de candidature est sur le site", OK, 0, ""},
		{"envoie le rib de l'asso à la mairie", OK, 0, ""},
	})
}
