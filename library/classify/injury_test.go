package classify

import "testing"

// An injury said of someone (« une entorse », « s'est cassé le poignet »,
// "a broken wrist") is health data; a first-aid sheet or a federation's
// protocol that names an injury tells it of no one.
func TestInjurySaidOfSomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Léna ne peut plus jouer, son genou a lâché", Blocked, Sensitive, "health"},
		{"Le gardien de l'équipe B s'est fait une entorse samedi", Blocked, Sensitive, "health"},
		{"Noah has a broken wrist, he'll miss the tournament", Blocked, Sensitive, "health"},
		{"Jade s'est cassé la clavicule au ski", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"Atelier premiers secours : que faire en cas d'entorse ?",
		"Concussion in rugby: the federation's new protocol",
	)
}

// "'s" before « on » is "is" (« Ben's on the autistic spectrum »): where
// someone is, as "is on" says; and a gambler who is recovering or
// compulsive is a health fact.
func TestContractedIsAndGambling(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Ben's on the autistic spectrum, give him clear instructions", Blocked, Sensitive, "health"},
		{"Sean's a recovering gambler, keep him off the raffle", Blocked, Sensitive, "health"},
		{"Notre trésorier est accro aux paris sportifs", Blocked, Sensitive, "health"},
	})
	allPass(t,
		"This month's talk is on autism, open to all",
		"Conférence : l'addiction aux jeux chez les jeunes",
	)
}

// A dependence on alcohol or on drugs said in the words of a care file
// ("treated for alcohol dependence", « dépendance à l'alcool ») is health
// data.
func TestDependenceInCareWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Paul is being treated for alcohol dependence", Blocked, Sensitive, "health"},
		{"Mme Roux suit un traitement pour sa dépendance à l'alcool", Blocked, Sensitive, "health"},
	})
}
