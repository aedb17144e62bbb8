package classify

import "testing"

// Kinds of internal news the gray13 set found silent, told here in other
// words than the set's: a matter of ours stuck or not come
// (gray_affairs.go goneWrong, affair_stalled.txt), money short or
// overspent (affair_money.txt), a mishap to our people or things
// (affair_mishap.txt), a decision we took (ownDecided), something of ours
// that stops (noLonger), hearsay, a person pointed at without a name, a
// plan given as a working idea, news for the team alone, people who feel
// unheard, a board split by a narrow vote, a proposal made in a meeting,
// a partner keeping away. Doubt with the internal rule:
// a volunteer checks before it leaves the association.
func TestInternalMatterKindsAreDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre projet de fresque est au ralenti, personne ne s'en occupe.", Doubt, 0, "internal"},
		{"Le stage de Pâques semble compromis.", Doubt, 0, "internal"},
		{"La réponse de la fondation n'est pas arrivée.", Doubt, 0, "internal"},
		{"Le repas des anciens est passé au-dessus du budget.", Doubt, 0, "internal"},
		{"Le gala a coûté une fortune et la recette ne suit pas.", Doubt, 0, "internal"},
		{"Le chien du club s'est échappé et a abîmé les plates-bandes du voisin.", Doubt, 0, "internal"},
		{"On a retrouvé le placard ouvert et du matériel manquant.", Doubt, 0, "internal"},
		{"One of our laptops went missing from the office after the party.", Doubt, 0, "internal"},
		{"Nous avons choisi de ne plus organiser la brocante.", Doubt, 0, "internal"},
		{"The team has agreed to drop the Friday session.", Doubt, 0, "internal"},
		{"La maison de quartier ne nous ouvre plus le dimanche.", Doubt, 0, "internal"},
		{"Il court un bruit sur la vente de notre salle.", Doubt, 0, "internal"},
		{"Je ne nommerai personne, mais les clés traînent encore partout.", Doubt, 0, "internal"},
		{"Piste envisagée : mutualiser le poste de secrétariat avec le club voisin.", Doubt, 0, "internal"},
		{"Pour l'équipe uniquement : la fête des 30 ans change de date.", Doubt, 0, "internal"},
		{"Les animateurs du soir se sentent délaissés par le bureau.", Doubt, 0, "internal"},
		{"Le rachat du minibus a été voté de justesse en conseil.", Doubt, 0, "internal"},
		{"Il a été proposé de fermer la ludothèque le mercredi.", Doubt, 0, "internal"},
		{"L'office de tourisme a pris ses distances avec le festival.", Doubt, 0, "partner"},
		{"On s'est fait arnaquer sur la commande de tee-shirts.", Doubt, 0, "internal"},
		{"Le poste d'animateur n'est plus assuré après juin.", Doubt, 0, "internal"},
		{"Someone keeps taking the spare keys home.", Doubt, 0, "internal"},
		{"La caisse de retraite nous a dit non pour le mécénat.", Doubt, 0, "internal"},
		{"Notre vide-grenier est tout juste à l'équilibre cette année.", Doubt, 0, "internal"},
		{"La salle de judo est infestée de punaises.", Doubt, 0, "internal"},
	})
}

// The same words said of the world, reported by a public source or asked
// as a question for everyone stay ok: a guard, no gray doubt.
func TestInternalMatterLookalikesPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Selon Le Monde, le projet de tramway est au point mort.", OK, 0, ""},
		{"La route du col est bloquée par la neige depuis ce matin.", OK, 0, ""},
		{"Notre rapport d'activité 2025 est en ligne : 54 ateliers et 600 participants.", OK, 0, ""},
		{"Programme de la journée portes ouvertes : visite, goûter et concert.", OK, 0, ""},
	})
}

// A matter gone wrong that is nobody's of ours is no internal news: a
// reviewer's public sentences in the same words.
func TestMatterGoneWrongNeedsOurs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le mur de Berlin est tombé en 1989.", OK, 0, ""},
		{"Le colis n'est pas arrivé : comment réclamer auprès du transporteur ?", OK, 0, ""},
		{"La réforme des retraites patine au Sénat.", OK, 0, ""},
		{"Notre projet de ludothèque est mis entre parenthèses.", Doubt, 0, "internal"},
	})
}
