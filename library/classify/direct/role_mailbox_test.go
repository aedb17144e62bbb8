package direct

import "testing"

// The mailbox of a newsroom, a box office, a shop or a board reaches a
// function, not a person; a person's address on the same domain stays one.
func TestNewsroomAndBoxOfficeMailboxesAreNoPersons(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool // an e-mail finding
	}{
		{"Email the newsroom at redaction@ondesvives.fr.", false},
		{"Réservations : bookings@theatre-du-port.fr", false},
		{"Adhésions en ligne ou par membership@ramblers-dordogne.org", false},
		{"Écrire à marie.leroux@ondesvives.fr pour la chronique.", true},
	} {
		got := false
		for _, f := range Find(tc.text) {
			if f.Rule == "email" {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: e-mail finding %v, want %v", tc.text, got, tc.want)
		}
	}
}
