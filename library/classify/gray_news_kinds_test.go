package classify

import "testing"

// Internal news not yet public is a doubt, never blocked, never ok: a
// partner that has not answered or renewed, funding that may go, members
// lost, tension, a theft or damage at our premises, trouble hinted at, a
// project or a draft kept inside. The same words in public text pass.
func TestInternalNewsNotYetPublicIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La fondation ne nous a toujours pas rappelés pour le mécénat", Doubt, 0, ""},
		{"Pas de nouvelles du bailleur pour le renouvellement du local", Doubt, 0, ""},
		{"The council still hasn't replied to our proposal", Doubt, 0, ""},
		{"Le département n'a pas renouvelé la convention du chantier", Doubt, 0, ""},
		{"On n'est pas certains que la mairie garde sa subvention", Doubt, 0, ""},
		{"We might lose the county's grant next spring", Doubt, 0, ""},
		{"L'école de musique perd des inscrits depuis deux ans", Doubt, 0, ""},
		{"Les échanges au bureau sont tendues depuis le vote", Doubt, 0, ""},
		{"Il y a eu un vol au local du club jeudi", Doubt, 0, ""},
		{"On a un souci avec une famille du soutien scolaire, je t'expliquerai", Doubt, 0, ""},
		{"Some people aren't happy with how the trip went", Doubt, 0, ""},
		{"Working draft of the new rules, board members only", Doubt, 0, ""},
		{"Idée en cours : ouvrir un café associatif l'an prochain", Doubt, 0, ""},
		{"Les inscriptions pour le tournoi sont ouvertes, ne perdez pas de temps", OK, 0, ""},
		{"Atelier : comment répondre à une offre d'emploi", OK, 0, ""},
		{"La salle des fêtes est réservée pour le loto du 3 mars", OK, 0, ""},
		{"Il y a eu du monde à la fête, merci à tous", OK, 0, ""},
		{"Lose weight the healthy way: a free walking group on Sundays", OK, 0, ""},
	})
}
