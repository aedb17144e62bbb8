package classify

import "testing"

// A how-to question or a sheet of advice for any association tells no
// news of ours: its gray doubt goes.
func TestQuestionForAnyoneLosesGrayDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment animer une réunion de crise dans une association ?", OK, 0, ""},
		{"Que faire après une effraction dans un local associatif ?", OK, 0, ""},
		{"Quelles démarches quand un partenaire se retire d'un projet commun ?", OK, 0, ""},
		{"Fiche conseil : accueillir une personne agressive à une permanence.", OK, 0, ""},
		{"How should a small charity handle a break-in?", OK, 0, ""},
	})
}

// The same frame with anything of a real case keeps what it had: a
// person's private fact stays blocked; our own news asked as a question
// (our voice, a thing pointed at, a perfect tense, a number, a name, a
// word saying it is not public) stays a doubt.
func TestQuestionForAnyoneKeepsRealCases(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comment aider Mme Durand qui a un cancer à remplir son dossier ?", Blocked, 0, ""},
		{"Que faire quand un bénévole séropositif veut tenir la buvette ?", Blocked, 0, ""},
		{"Comment annoncer aux familles qu'on arrête l'aide aux devoirs ?", Doubt, 0, ""},
		{"Comment annoncer la fermeture de l'antenne de Vénissieux ?", Doubt, 0, ""},
		{"Que faire quand un bénévole a volé dans la caisse de la buvette ?", Blocked, 0, ""},
		{"How do we tell the volunteers that our grant may be cut?", Doubt, 0, ""},
		{"Comment réagir, entre nous, à la démission probable du trésorier ?", Blocked, 0, ""},
	})
}
