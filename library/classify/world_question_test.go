package classify

import "testing"

// A question or a request about the world, with a gray cue as its topic
// and nothing of the association's own, passes.
func TestQuestionAboutTheWorldPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment établir un budget provisoire quand on crée un club de quartier ?", Doubt, 0, ""}, // « on crée »: ours
		{"Comment établir un budget provisoire pour une petite association ?", OK, 0, ""},
		{"Pourquoi la hausse du loyer est-elle plus forte en janvier ?", OK, 0, ""},
		{"Que faire quand des enfants s'ennuient pendant un séjour ?", OK, 0, ""},
		{"Pourquoi les bénévoles s'engagent-ils moins qu'avant ?", OK, 0, ""},
		{"Comment gérer une baisse des dons dans une petite association ?", OK, 0, ""},
		{"Explique-moi ce qu'est un bilan provisoire.", OK, 0, ""},
		{"Peut-on décaler une assemblée générale à cause d'une grève des transports ?", OK, 0, ""},
		{"Explique-moi la différence entre des comptes provisoires et des comptes définitifs.", OK, 0, ""},
		{"Rédige un modèle de courrier pour contester une hausse de loyer.", OK, 0, ""},
		{"Donne-moi des idées pour relancer une chorale qui perd des membres.", OK, 0, ""},
		{"What is the difference between a draft budget and an approved one?", OK, 0, ""},
		{"Why do volunteers often drop out after a few months?", OK, 0, ""},
		{"How can a landlord justify a rent increase?", OK, 0, ""},
		{"Quels sont les droits d'un locataire face à une augmentation de loyer abusive ?", OK, 0, ""},
		{"Imagine une histoire où une école de magie pourrait fermer faute d'élèves.", OK, 0, ""},
	})
}

// The same questions stay a doubt when they are about us: the own voice,
// the asker's own, a role of ours, something pointed at, news told inside,
// an amount, a time of ours, a text given after a colon, a request to
// announce; a person named with a private fact stays blocked.
func TestQuestionAboutUsStaysGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Est-ce qu'on pourra payer le loyer en mars si la subvention n'arrive pas ?", Doubt, 0, ""},
		{"Pourquoi notre subvention a-t-elle baissé cette année ?", Doubt, 0, ""},
		{"Comment annoncer aux bénévoles que l'atelier va fermer ?", Doubt, 0, ""},
		{"Faut-il dire aux familles que le séjour risque d'être annulé ?", Doubt, 0, ""},
		{"Comment gérer cette baisse des inscriptions au judo ?", Doubt, 0, ""},
		{"Comment expliquer aux parents que la garderie ferme faute de financement ?", Doubt, 0, ""},
		{"Rédige un message pour annoncer la fermeture de l'antenne nord.", Doubt, 0, ""},
		{"Rédige un mail aux adhérents : on n'a toujours pas de réponse de la CAF pour la subvention.", Doubt, 0, ""},
		{"Should we tell the members that the grant was cut before the AGM?", Doubt, 0, ""},
		{"Comment expliquer la baisse des dons au financeur à la rentrée ?", Doubt, 0, ""},
		{"Comment aider sa voisine qui ne paie plus son loyer ?", Doubt, 0, "specific-person"},
		{"Comment parler à cette bénévole qui arrive toujours en retard ?", Blocked, 0, ""},
		{"Comment soutenir Martine Leroy, notre trésorière, qui est en dépression ?", Blocked, 0, ""},
		{"Explique-moi pourquoi Karim Benali a été licencié par le club.", Blocked, 0, ""},
	})
}
