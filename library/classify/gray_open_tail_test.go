package classify

import "testing"

// A clause that only leaves the matter just told open (« À suivre. »,
// "Still up in the air.") makes the value a doubt, in French and in
// English, whether it is a sentence of its own or a clause after a comma
// or a dash.
func TestAClauseThatLeavesTheMatterOpenIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La mairie parle de reprendre la salle des fêtes en septembre. À suivre.", Doubt, 0, "internal"},
		{"Le comité d'entreprise de l'usine voudrait nous confier son arbre de Noël, à creuser.", Doubt, 0, "internal"},
		{"La fondation propose de financer un deuxième camion, à étudier.", Doubt, 0, "internal"},
		{"Déménager l'épicerie dans l'ancienne poste, rien n'est fait pour l'instant.", Doubt, 0, "internal"},
		{"Compte rendu du conseil d'administration — non validé", Doubt, 0, "internal"},
		{"Budget du festival 2027, pas définitif.", Doubt, 0, "internal"},
		{"Le tournoi pourrait durer deux jours l'an prochain, on verra.", Doubt, 0, ""},
		{"Our landlord has had an offer for the building. Nothing decided.", Doubt, 0, "internal"},
		{"A joint stand with the youth club came up after the quiz. Still up in the air.", Doubt, 0, "internal"},
		{"Moving the Saturday market to Sundays, but it's just an idea for now.", Doubt, 0, "internal"},
		{"New kit supplier for next season: two quotes in. Early days.", Doubt, 0, "internal"},
		{"Compte rendu de l'assemblée du 12 mars, non relu.", Doubt, 0, "internal"},
		{"Plan de la brocante — version de travail", Doubt, 0, "internal"},
	})
}

// What a public notice writes after a colon, a recommendation that ends
// on an exclamation mark, a tail with nothing before it and a clause that
// says more than the open words pass.
func TestPublicNoticesWithOpenWordsPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Concert de la chorale le 14 juin, lieu : à confirmer.", OK, 0, ""},
		{"Le nouveau spectacle de la troupe. À voir !", OK, 0, ""},
		{"À suivre.", OK, 0, ""},
		{"Exposition de photos anciennes, à voir jusqu'au 30 juin à la médiathèque.", OK, 0, ""},
		{"Le club rouvre la buvette aux beaux jours, à suivre sur notre page.", OK, 0, ""},
		{"Quiz night on 3 May, venue: to be decided.", OK, 0, ""},
		{"A wonderful show for all the family. Not to be missed!", OK, 0, ""},
	})
}
