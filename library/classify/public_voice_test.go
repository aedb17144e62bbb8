package classify

import "testing"

// A gray cue said by a public voice — a ministry, the government, the
// Senate, the media — or reported from a named outside source, with
// nothing of the association's own voice, is public news: no gray doubt.
func TestGrayCueOfAPublicVoicePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le calendrier du service civique des mineurs reste encore flou, selon le ministère de la Jeunesse.", OK, 0, ""},
		{"Le plan pour les piscines reste encore flou, selon la Cour des comptes.", OK, 0, ""},
		{"Le calendrier de la réforme de l'apprentissage est encore flou, a déclaré le ministre du Travail.", OK, 0, ""},
		{"Faute de moyens, le conservatoire national ferme son antenne de Nancy, écrit Le Monde.", OK, 0, ""},
		{"Les maisons de quartier ont moins d'argent cette année, constate le Sénat dans son rapport.", OK, 0, ""},
		{"Le calendrier des élections régionales est encore flou, a déclaré le porte-parole du gouvernement.", OK, 0, ""},
		{"Les maisons de santé manquent de médecins, selon les médias régionaux.", OK, 0, ""},
		{"The government has ended the school sports scheme, the BBC reports.", OK, 0, ""},
		{"Many village halls are closing for lack of volunteers, the BBC reports.", OK, 0, ""},
		{"The minister said on the radio that the bus plan is still unclear.", OK, 0, ""},
	})
}

// The same cues stay gray when the association speaks (« nous », « notre »,
// "our", its board), when the source is a role or a person of ours, when
// the media are the ones we would turn to or a public body a place we go
// or a partner, when a grant is at stake or the body is our counterpart
// (no answer, an end) without a public report, when « l'état » is a
// room's condition, when the sentence says it is kept among us, or when
// the matter is left open or still to come; what is blocked stays
// blocked.
func TestGrayCueOfOursNextToAPublicVoiceStays(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le ministère a mis fin à notre convention, on en reparle au prochain bureau.", Doubt, 0, "partner"},
		{"Notre budget reste encore flou depuis que l'État a baissé la subvention.", Doubt, 0, ""},
		{"Le bureau ne sait pas qui va reprendre la buvette cet été, le ministère ne nous aide plus.", Doubt, 0, "internal"},
		{"Faute de bénévoles, on ferme peut-être le samedi, a dit la présidente au journal de la fédération.", Doubt, 0, ""},
		{"Le budget de la sortie est trop serré cette année, annonce la trésorière.", Doubt, 0, ""},
		{"Un bénévole veut aller voir les médias : l'ambiance s'est dégradée dans l'équipe du vestiaire.", Doubt, 0, "internal"},
		{"Ne rien dire aux médias : le local ferme en juin faute de moyens.", Blocked, 0, "internal"},
		{"Le ministère n'a toujours pas versé la subvention du festival.", Doubt, 0, ""},
		{"L'état de la salle est pas terrible après la soirée.", Doubt, 0, "internal"},
		{"Le budget de la buvette reste encore flou, explique Sophie Marchal.", Blocked, 0, "internal"},
		{"The church hall is no longer available on Saturdays, the Diocese says.", Doubt, 0, ""},
		{"Toujours pas de réponse du ministère pour l'agrément, le dossier traîne.", Doubt, 0, "partner"},
		{"Le ministère de la Culture a retenu le projet de la chorale, embargo jusqu'à lundi.", Doubt, 0, ""},
		{"Le voyage au Parlement européen est compromis : le car coûte trop cher.", Doubt, 0, ""},
		{"Grosse tension avec l'équipe de France Bleu après l'interview ratée.", Doubt, 0, ""},
		{"Peut-être un reportage de France 2 sur notre atelier, à confirmer.", Doubt, 0, ""},
		{"Our funder, a national charity, pulled out last week; the board meets on Tuesday.", Doubt, 0, ""},
		{"We have less money since the government cut our grant, don't share yet.", Doubt, 0, ""},
		{"Mme Lefèvre est en dépression depuis que le ministère a supprimé son poste, selon Le Monde.", Blocked, 0, ""},
	})
}

// A lack of funding a public voice gives as the reason for its own act is
// its news (lack_words.txt); a grant of ours, named or awaited, stays a
// doubt.
func TestLackOfFundingOfAPublicVoicePasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le ministère de la Santé ferme trois centres de vaccination, faute de financement.", OK, 0, ""},
		{"The government has scrapped the school meals scheme for lack of funding.", OK, 0, ""},
		{"Faute de financement, le ministère ne versera pas notre subvention cette année.", Doubt, 0, ""},
		{"Le ministère n'a toujours pas versé la subvention du festival, faute de crédits.", Doubt, 0, ""},
	})
}
