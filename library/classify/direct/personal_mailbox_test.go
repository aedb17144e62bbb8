package direct

import "testing"

// A role's address marked as its holder's own mailbox (« perso », « privé »)
// reaches a person; the role's address alone, or with a place, does not.
func TestRoleAddressMarkedPersonal(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Courriel perso du trésorier : tresorier.perso@laposte.net", true},
		{"Envoyez à president-prive@orange.fr", true},
		{"Écrire à contact.paris@asso-exemple.fr", false},
		{"benevoles-lyon@asso.org pour s'inscrire", false},
	} {
		got := false
		for _, f := range Find(tc.text) {
			got = got || f.Rule == "email"
		}
		if got != tc.want {
			t.Errorf("%q: e-mail finding %v, want %v", tc.text, got, tc.want)
		}
	}
}
