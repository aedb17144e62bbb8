package classify

import "testing"

// A spaced plate beside a car, and a surname that opens a row before a
// file's code, point at one person; a road, a classroom, a season, a
// brand's model and a place before a date keep their verdict.
var recordCodeCases = []ruleCase{
	{"il est garé en FK 213 TR devant chez nous", Blocked, Personal, "licence-plate"},
	{"FK 213 TR", Blocked, Personal, "licence-plate"},
	{"Le Corre / A-22-0458 / relancé le 3 mars", Blocked, Personal, "name"},
	{"Dupont 2024-0173", Blocked, Personal, "name"},
	{"Kerbrat ; 2024-0173 ; payé", Blocked, Personal, "name"},
	// look-alikes
	{"La RN 165 BR est fermée pour travaux.", OK, 0, ""},
	{"Cours en salle TD 101 TP le mardi.", OK, 0, ""},
	{"Saison 2024-2025 : reprise le 2 septembre.", OK, 0, ""},
	{"Renault 2024-0173", OK, 0, ""},
	{"Le Havre 2024-0173", OK, 0, ""},
	{"Le Mans 24-03-2025", OK, 0, ""},
}

func TestRecordCodesPointAtOnePerson(t *testing.T) {
	runRuleCases(t, recordCodeCases)
}
