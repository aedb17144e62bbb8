package direct

import "testing"

// « À domicile » names a service brought home: the number of a home-help
// service or of a charity shop that collects at home is the service's; a
// number said to be someone's home stays blocked.
func TestAtHomeServiceNumberIsTheService(t *testing.T) {
	for _, tc := range []struct {
		text    string
		blocked bool
	}{
		{"Aide à domicile : contactez notre antenne au 02 98 12 34 56.", false},
		{"Enlèvement gratuit à domicile des meubles : rendez-vous au 09 70 00 12 34 (accueil de la ressourcerie).", false},
		{"Soins infirmiers à domicile, permanence au 05 56 12 34 56.", false},
		{"Joindre Paul à son domicile : 02 98 12 34 56.", true},
		{"Mme Leroy habite chez sa fille, accueil au 02 98 12 34 56.", true},
	} {
		blocked := false
		for _, f := range Find(tc.text) {
			if f.Rule == "phone" && f.Verdict == Blocked {
				blocked = true
			}
		}
		if blocked != tc.blocked {
			t.Errorf("%q: phone blocked %v, want %v", tc.text, blocked, tc.blocked)
		}
	}
}
