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

// A civility's initials and the surname after them are one name (« Mrs
// J. Thompson », « M. J.-P. Morel »): anonymising leaves no surname
// behind the initial's dot.
func TestSurnameAfterACivilitysInitials(t *testing.T) {
	c := New(Rules{})
	for in, gone := range map[string]string{
		"Send the invoice to Mrs J. Thompson, 4 Rose Cottages": "Thompson",
		"Envoyer la facture à Mme J. Durand":                   "Durand",
		"Dr. P. Lefèvre viendra jeudi":                         "Lefèvre",
		"M. J.-P. Morel est arrivé":                            "Morel",
		"Signé : J. Morel":                                     "Morel",
		"Son éducatrice, Mlle Sarah K., le récupérera":         " K.",
	} {
		if out, _ := c.Anonymize(in); strings.Contains(out, gone) {
			t.Errorf("%q stays in clear: %q", gone, out)
		}
	}
}

// « est parti » is someone who left, not a party (politics was found
// in « Jean est parti plus tôt »).
func TestLeftIsNoParty(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Jean est parti plus tôt", Blocked, Personal, "name"},
		{"Paul est déjà parti", Blocked, Personal, "name"},
		{"Jean a adhéré à un parti l'an dernier", Blocked, Sensitive, "politics"},
	})
}
