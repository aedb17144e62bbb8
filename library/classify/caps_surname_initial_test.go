package classify

import "testing"

// A surname in capitals joined to an initial names one person
// (caps_surname_initial.go), in a sentence or a pasted spreadsheet row;
// a column heading, an acronym or a numbered title beside an initial
// names no one.
func TestCapsSurnameWithAnInitial(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"GUILLOU;R.;relance cotisation;antenne Lannion", Blocked, Personal, "name"},
		{"PELLETIER J. — 2 places réservées au repas", Blocked, Personal, "name"},
		{"Chèque reçu de R. GUILLOU pour la sortie", Blocked, Personal, "name"},
		{"NOM;P.;DATE", OK, 0, ""},
		{"CGT;J.;2024", OK, 0, ""},
		{"TITRE II. Le bureau", OK, 0, ""},
		{"PLANNING S. 12", OK, 0, ""},
	})
}
