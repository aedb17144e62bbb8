package classify

import "testing"

// A surname of the kept lists typed alone as a value is a person's name
// (surname_value.go); a place, a word of the dictionaries, a firm named
// after a family, an unknown brand and a famous name alone pass.
func TestSurnameAloneAsAValue(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Kowalczyk", Blocked, Personal, "name"},
		{"Benhamou", Blocked, Personal, "name"},
		{"Dos Santos", Blocked, Personal, "name"},
		{"Le Floch", Blocked, Personal, "name"},
		{"Bordeaux", OK, 0, ""},
		{"Michelin", OK, 0, ""},
		{"Doctolib", OK, 0, ""},
		{"Mozart", OK, 0, ""},
		{"Le Mans", OK, 0, ""},
		{"La Poste", OK, 0, ""},
		{"Kowalczyk et Benhamou ont rendu les clés de la salle", Blocked, Personal, "name"},
	})
}
