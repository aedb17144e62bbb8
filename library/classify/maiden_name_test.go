package classify

import (
	"strings"
	"testing"
)

// A birth name after « née » and a married name after « épouse » name
// the person just named: anonymising the line leaves neither in clear.
func TestMaidenNameAfterAName(t *testing.T) {
	c := New(Rules{})
	for _, in := range []string{
		"Mme DURAND Sylvie née LE GALL, 12 rue des Lilas",
		"Inscription de Marie Durand née Benali au cours de yoga",
		"Sylvie Durand épouse Moreau sera présente",
	} {
		out, _ := c.Anonymize(in)
		for _, name := range []string{"GALL", "Benali", "Moreau", "DURAND", "Durand"} {
			if strings.Contains(out, name) {
				t.Errorf("%q stays in clear: %q", name, out)
			}
		}
	}
	allPass(t, "L'association Vélo Vert, née en 1998, fête ses vingt-cinq ans")
}

// A body « né en 1998 » was founded then: no year of birth of a person;
// a person pointed at before the birth word keeps it.
func TestBodyBornInAYear(t *testing.T) {
	allPass(t,
		"L'association Vélo Vert, née en 1998, fête ses vingt-cinq ans",
		"Le club, né en 1998, fête ses 25 ans le 14 juin",
	)
	runRuleCases(t, []ruleCase{
		{"Le fils du président du club, né en 2015, joue en U11", Blocked, Personal, "indirect"},
		{"Au club, Kevin, né en 2009, joue milieu", Blocked, Personal, "name"},
	})
}
