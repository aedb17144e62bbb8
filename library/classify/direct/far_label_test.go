package direct

import "testing"

// A label before a colon names the value after it, however long the label
// (« Date de naissance à reporter sur la fiche du stage : 03/05/2014 »),
// and a code or a password after a colon far from its keyword is still
// that keyword's value.
func TestValueAfterAFarColon(t *testing.T) {
	for _, tc := range []struct {
		text, rule string
		want       bool
	}{
		{"Date de naissance à reporter sur la fiche d'inscription du stage de voile : 03/05/2014.", "birthdate", true},
		{"Date limite à reporter sur la fiche d'inscription du stage de voile : 03/05/2026.", "birthdate", false},
		{"Le code de la porte du local où on range les tables pliantes : 4B718, à ne pas diffuser.", "credential", true},
		{"Le code de la porte du local où on range les tables pliantes : demandez-le à Julie.", "credential", false},
		{"Mot de passe de la messagerie de l'accueil : depuis lundi c'est Papillon2025, note-le.", "credential", true},
		{"Mot de passe de la messagerie de l'accueil : cliquez sur « oublié » pour le changer.", "credential", false},
	} {
		got := false
		for _, f := range Find(tc.text) {
			got = got || f.Rule == tc.rule && f.Verdict == Blocked
		}
		if got != tc.want {
			t.Errorf("%q: %s blocked %v, want %v", tc.text, tc.rule, got, tc.want)
		}
	}
}
