package classify

import "testing"

// A note without its subject is its person's: a feast or a fast said
// there is that person's practice; a reminder, a question or a public
// timetable has no person.
func TestNoteWithoutSubjectOwnsItsWeakWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Absente pendant le ramadan.", Blocked, Sensitive, "religion"},
		{"Ne vient pas pendant le ramadan.", Blocked, Sensitive, "religion"},
		{"Absente pour l'Aïd.", Blocked, Sensitive, "religion"},
		{"Absent during Passover.", Blocked, Sensitive, "religion"},

		{"Travaille pendant le ramadan mais ne mange pas le midi.", Blocked, Sensitive, "religion"},

		{"Ne pas programmer d'atelier pendant le ramadan.", OK, 0, ""},
		{"Est ouvert pendant le ramadan jusqu'à 19h.", OK, 0, ""},
		{"Va falloir adapter les horaires pendant le ramadan.", OK, 0, ""},
		{"Horaires adaptés pendant le ramadan.", OK, 0, ""},
		{"Pendant le ramadan, la distribution a lieu après 20h.", OK, 0, ""},
		{"Is it safe for an adult to take paracetamol and ibuprofen together for a sprained ankle?", OK, 0, ""},
	})
}

// An object pronoun before its verb stands for someone: a union's or a
// party's weak word is then that person's membership.
func TestObjectPronounOwnsItsWeakWord(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le syndicat l'a exclu.", Blocked, Sensitive, "union"},
		{"Le parti l'a investi aux municipales.", Blocked, Sensitive, "politics"},
		{"Le syndicat lui a proposé un poste.", Blocked, Sensitive, "union"},

		{"Le syndicat a appelé à la grève.", OK, 0, ""},
		{"Formation : le syndicat l'a organisée en mars ?", OK, 0, ""},
	})
}
