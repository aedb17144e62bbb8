package classify

import "testing"

// A handle that opens on a first name of the lists is a person's; the
// association's own (announced so) and handles that open on a word or a
// first name that is also a word stay as the byte scanner left them.
func TestHandleSpellingAFirstName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"@nadia_k93 a laissé un avis sur la page", Blocked, Personal, "handle"},
		{"Signalé par @thomas.lefort en commentaire", Blocked, Personal, "handle"},
		{"Suivez-nous sur @nadia_asso93", OK, 0, ""},
		{"@marche_de_noel_vichy est en ligne", Doubt, Personal, "handle"},
		{"@rose_jardin a partagé notre post", Doubt, Personal, "handle"},
	})
}
