package classify

import "testing"

// Chat drops the « ne » of a negation; the facts the tables list with it
// are the same facts without it. « plus » followed by a comparison is
// "more", and a negated infinitive keeps its « ne ».
func TestNegationWithoutNeTellsTheSameFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les habitants se parlent plus dans la rue depuis la fête des voisins.", OK, 0, ""},
		{"Mon voisin il mange presque plus depuis l'opération.", Blocked, Sensitive, "health"},
		{"Elle arrive plus à marcher depuis sa chute.", Blocked, Sensitive, "health"},
		{"40 inscrits au repas contre 120 l'an dernier, à pas crier sur les toits", Blocked, Sensitive, "confidential"},

		{"Le trésorier et la secrétaire se parlent plus qu'avant depuis la fête.", Doubt, Personal, "single-role"},
		{"Il paie plus cher sa cotisation depuis janvier.", OK, 0, ""},
		{"Les enfants sont pas au courant des nouveaux horaires du car.", OK, 0, ""},
		{"On peut pas payer par chèque à la buvette, seulement en espèces.", OK, 0, ""},
		{"Le spectacle de mime : une heure sans rien dire !", OK, 0, ""},
		{"Nos bénévoles sont formidables et on veut le crier sur les toits !", OK, 0, ""},
	})
}

func TestWithoutNeKeepsTheNeOfAnInfinitive(t *testing.T) {
	for _, tc := range []struct {
		entry, want string
		ok          bool
	}{
		{"ne se parlent plus", "se parlent plus", true},
		{"n'arrive plus à marcher", "arrive plus à marcher", true},
		{"ne pas diffuser", "", false},
		{"ne rien dire", "", false},
		{"ne fume", "", false},
		{"nerveux", "", false},
	} {
		got, ok := withoutNe(tc.entry)
		if got != tc.want || ok != tc.ok {
			t.Errorf("withoutNe(%q) = %q, %v; want %q, %v", tc.entry, got, ok, tc.want, tc.ok)
		}
	}
}
