package classify

import "testing"

// A relative clause of a deed done once pins down who did it; a rule for
// whoever fits, a plural or an offer keeps its verdict.
var relativeDeedCases = []ruleCase{
	{"the one who broke the window on Saturday", Blocked, Personal, "indirect"},
	{"the volunteer who found the wallet last week", Blocked, Personal, "indirect"},
	{"The lad who joined in January has stopped coming.", Blocked, Personal, "indirect"},
	{"Le nouveau, celui qui est arrivé en janvier, ne vient plus.", Blocked, Personal, "indirect"},
	{"celle qui est partie fâchée après l'AG", Blocked, Personal, "indirect"},
	{"le bénévole qui est venu réparer le chauffe-eau", Blocked, Personal, "indirect"},
	// look-alikes: whoever fits, many people, things
	{"The winner is the one who scores most points.", OK, 0, ""},
	{"Volunteers who joined this year are invited to the training.", OK, 0, ""},
	{"Thanks to the volunteers who helped at the fair!", OK, 0, ""},
	{"Whoever found the keys, please bring them back.", OK, 0, ""},
	{"The trains that arrived late were cancelled.", OK, 0, ""},
}

func TestRelativeDeedPinsDownOnePerson(t *testing.T) {
	runRuleCases(t, relativeDeedCases)
}
