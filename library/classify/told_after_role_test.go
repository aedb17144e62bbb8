package classify

import "testing"

// A public-role frame (elected, awarded, on stage) does not hold when
// the sentence goes on about the person in a clause of its own,
// whatever private fact that clause tells; a clause that goes on with a
// public act or a work keeps it.
func TestToldAfterRoleKeepsThePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Théo Lannuzel a remporté la médaille d'or aux Jeux olympiques, il a perdu son appartement.", Blocked, Personal, "name"},
		{"Carl Duffy won an Olympic gold, and he lost his flat the same week.", Blocked, Personal, "name"},
		{"Yann Ropars a été élu à l'Assemblée nationale ; il ne voit plus ses enfants.", Blocked, Sensitive, "politics"},
		{"Le prix Goncourt a été attribué à Katell Morvan, qui a été licenciée en avril.", Blocked, Sensitive, "hr"},
		// a clause that goes on with a public act or a work
		{"Le prix Femina a été attribué à Hugo Lestrade, qui signe ici son troisième roman.", OK, 0, ""},
	})
}
