package classify

import "testing"

// Everyday words for one person, the oldest member said « la plus
// vieille », and the given names of Ireland, Scotland and Wales point at
// one person; the same words about a group or a mill do not.
func TestPersonsInEverydayWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La nana du pressing d'en face nous garde les clés", Blocked, Personal, "indirect"},
		{"The bloke at number 9 keeps parking on the ramp", Blocked, Personal, "indirect"},
		{"Notre plus vieux bénévole, 91 ans, raccroche le tablier", Blocked, Personal, "indirect"},
		{"Niamh and Rhys ran the raffle on Saturday", Blocked, Personal, "name"},
		{"Les gosses du quartier sont invités au goûter", OK, 0, ""},
		{"Le plus vieux moulin du Cantal se visite dimanche", OK, 0, ""},
		{"Thanks to the rain, the garden party moved indoors", OK, 0, ""},
	})
}

// Initials before a hyphenated job in apposition (« aide-soignante »,
// « auxiliaire de vie ») are a person; the same job words said of staff
// in general are not.
func TestInitialsBeforeAHyphenatedJob(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"R. T., aide-soignant à l'EHPAD des Tilleuls, cherche une colocation", Blocked, Personal, "name"},
		{"K. B., auxiliaire de vie, passera lundi", Blocked, Personal, "name"},
		{"Le personnel soignant de l'hôpital organise une collecte", OK, 0, ""},
	})
}
