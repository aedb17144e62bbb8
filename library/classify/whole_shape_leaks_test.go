package classify

import "testing"

// Leaks of whole shapes that blind training sets (train17) showed, written here
// in other words: a speaker's address keeps the speaker a person, and a
// name's tail stops at a comma (a street further in the list made the
// whole list a building's name); a predicate that starts a strategy term
// is no theme of the event before it, and money « jamais passé en compta »
// is kept off the books as « pas passé en compta » is; a fingerprint reader holds
// biometric data.
func TestWholeShapeLeaks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Adresse de la conférencière : Agnès Peyrol, Le Moulin, lieu-dit Les Granges, 24200 Sarlat.", Blocked, Personal, "name"},
		{"Speaker's address for the invoice: Dr Helen Marsh, Rose Cottage, Ashby Lane, Leicester.", Blocked, Personal, "name"},
		{"Ruth Okafor, Ivy House, Mill Lane, Hexham: please send her the raffle prize.", Blocked, Personal, "name"},
		{"The takings from the barn dance never went through the books.", Blocked, Sensitive, "finance"},
		{"Les dons en liquide de la brocante ne sont jamais passés en compta.", Blocked, Sensitive, "finance"},
		{"Copie du lecteur d'empreintes avec les profils des adhérents.", Blocked, Sensitive, "biometric"},
	})
	allPass(t,
		"La conférencière Agnès Peyrol présentera son livre à la médiathèque, entrée libre.",
		"Notre empreinte carbone a baissé grâce au covoiturage.",
	)
}
