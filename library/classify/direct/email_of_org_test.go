package direct

import (
	"strings"
	"testing"
)

// An association's mailbox at a mail provider, spelled from the name the
// text gives it, is the association's (these sentences were written for
// the rule, not taken from a set).
func TestOrganisationMailboxSpelledFromItsName(t *testing.T) {
	checkNone(t, "email", []string{
		"Amicale des locataires du Clos Fleuri — amicale.closfleuri@gmail.com — permanence le mardi soir",
		"Comité de jumelage de Lormes : cdj.lormes@orange.fr, réunion publique le 3 mars.",
		"Harmonie municipale de Vouziers, inscriptions à harmonie.vouziers08@laposte.net",
		"Riverside Walking Club — all enquiries to riversidewalkingclub@gmail.com",
		"Club des aînés de Saint-Agrève : club.aines@wanadoo.fr",
		// a lower-case word that is also a surname (« loi ») names nobody
		"Contact : amicale.closfleuri@gmail.com, l'Amicale du Clos Fleuri est une association loi 1901.",
	})
}

// The same kind of address stays a person's when a word of it is not in
// the organisation's name, when someone is named beside it, or when the
// words before give it to someone.
func TestOrganisationMailboxStaysAPersonsWhenTiedToSomeone(t *testing.T) {
	checkDirect(t, []directCase{
		{"Chorale du lycée : écrire à soleil.chorale@gmail.com", "email", Blocked, "soleil.chorale@gmail.com"},
		{"Club de foot : écrire à paul.martin@gmail.com (Paul Martin, notre président).", "email", Blocked, "paul.martin@gmail.com"},
		{"Club de lecture : le mail de Nadia est club.lecture@gmail.com", "email", Blocked, "club.lecture@gmail.com"},
		{"Club de lecture : le mail de nadia est club.lecture@gmail.com", "email", Blocked, "club.lecture@gmail.com"},
		{"Club de lecture : écrire à club.lecture@gmail.com (voir avec Rose)", "email", Blocked, "club.lecture@gmail.com"},
		{"Amicale du Clos Fleuri : mon mail perso amicale.closfleuri@gmail.com", "email", Blocked, "amicale.closfleuri@gmail.com"},
		{"Amicale du Clos Fleuri : écrire à nadia.closfleuri@gmail.com", "email", Blocked, "nadia.closfleuri@gmail.com"},
	})
}

// A local part built to make the spelling search branch at every byte is
// read in one pass: the test would not end with a search that tries every
// way of cutting it.
func TestOrganisationMailboxHostileSpelling(t *testing.T) {
	text := "Amicale aa aaa aaaa aaaaa aab : " + strings.Repeat("a", 60) + "c@gmail.com" // no spelling ends on « c »: every cut is tried
	for range 1000 {
		Find(text)
	}
}
