package classify

import "testing"

// A list of first names typed in lower case names people; a list of
// flowers, days or towns does not.
func TestLowerCaseListOfFirstNames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"présents : sandrine, kevin, mohamed et la nouvelle", Blocked, Personal, "name"},
		{"absents excusés : nadia et thierry", Blocked, Personal, "name"},
		{"dispo samedi : karim, lucas", Blocked, Personal, "name"},
		{"on a vu rose, olive et jasmin au marché aux fleurs", OK, 0, ""},
		{"lundi, mardi et jeudi de 14 h à 17 h", OK, 0, ""},
		{"paris, lyon et marseille accueillent le festival", OK, 0, ""},
	})
}
