package classify

import "testing"

// An event of one person's life (a leave, a move, a birth, a departure)
// told of the holder of a role, or with a place, tells who it is:
// blocked. The look-alikes speak of the same events as rights or
// services, with no one they happen to, and keep their verdict.
var lifeEventCases = []ruleCase{
	{"Le prof de batterie est en congé paternité jusqu'à Pâques.", Blocked, Personal, "indirect"},
	{"Notre animatrice théâtre est en congé maternité depuis lundi.", Blocked, 0, "indirect"},
	{"La secrétaire part à la retraite en juin, pot le 28.", Blocked, Personal, "indirect"},
	{"Le trésorier déménage à Quimper cet été.", Blocked, Personal, "indirect"},
	{"Notre coordinatrice nous quitte fin mars.", Blocked, Personal, "indirect"},
	{"La cuisinière du centre vient d'accoucher d'une petite fille.", Blocked, 0, "indirect"}, // a birth is also health (path_special_terms.txt)
	{"Our coach is on paternity leave until March.", Blocked, Personal, "indirect"},
	{"The caretaker is retiring in June after the fête.", Blocked, Personal, "indirect"},
	{"Our treasurer is moving to Leeds in the spring.", Blocked, Personal, "indirect"},
	{"Our secretary had a baby last week!", Blocked, Personal, "indirect"},
	// look-alikes: rights, services and things, no one they happen to
	{"Atelier d'information : vos droits au congé paternité et au congé parental.", OK, 0, ""},
	{"Le marché de Noël déménage place de la Mairie cette année.", OK, 0, ""},
	{"Talk: how parental leave works for self-employed parents.", OK, 0, ""},
	{"The Saturday market moved to the church square.", OK, 0, ""},
}

func TestLifeEventOfARoleHolderIsBlocked(t *testing.T) {
	runRuleCases(t, lifeEventCases)
}
