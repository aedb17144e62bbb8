package classify

import "testing"

// Two people of one gender named by a plural noun of everyday speech
// (« dames », « messieurs », « mecs ») and said to be a couple tell an
// orientation, as « deux femmes » does.
func TestTwoLadiesOrTwoGentlemenAsACouple(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les deux dames qui tiennent la friperie sont en couple", Blocked, Sensitive, "sexuality"},
		{"Les deux messieurs du 3e se sont pacsés cet été", Blocked, Sensitive, "sexuality"},
		{"Les dames du tricot exposent samedi à la médiathèque", OK, 0, ""},
	})
}
