package classify

import "testing"

// After a name label, an organisation's name passes and a person's stays
// blocked: a first name, a civility or a run of surnames is a person.
func TestOrganisationAfterNameLabel(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Donate by bank transfer — account name: Paws of Provence.", OK, Public, ""},
		{"Account name: Hands Together Bergerac", OK, Public, ""},
		{"Nom : Les Restos du Cœur", OK, Public, ""},
		{"Account name: Mrs Baker", Blocked, Personal, "name"},
		{"Account name: John Smith", Blocked, Personal, "name"},
		{"Account name: Grace Paws", Blocked, Personal, "name"},
		{"Name: Rose Hill", Blocked, Personal, "name"},
		{"Nom : Baker", Blocked, Personal, "name"},
		{"Nom : Martin Boulanger", Blocked, Personal, "name"},
		{"Titulaire : M. Fontaine", Blocked, Personal, "name"},
	})
}

// A first name inside a heading of capitalised common words is no person;
// a word that addresses a person or a role before it keeps one.
func TestFirstNameInsideATitle(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Reminder: Annual General Meeting on 14 March, Agenda attached.", OK, Public, ""},
		{"Welcome Carol Hands to the team.", Blocked, Personal, "name"},
		{"Tennis Coach Carol Baker will lead the session.", Blocked, Personal, "name"},
		{"Volunteer Carol Hands brings the cakes.", Blocked, Personal, "name"},
		{"Thanks Carol Smith for the cakes.", Blocked, Personal, "name"},
		{"Hello Mark Young, see you Friday.", Blocked, Personal, "name"},
		{"Join us for the Christmas Carol Service.", OK, Public, ""},
		{"Merci Carole Service pour les gâteaux.", Blocked, Personal, "name"},
		{"Big Dave from the darts club is lending us his van.", Blocked, Personal, "name"},
	})
}
