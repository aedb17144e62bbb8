package classify

import "testing"

// A role spoken of in general (an election to come, a vacancy, a job
// offer, a routine task) designates no one; the same role with a fact
// about its holder, or with a name, stays flagged.
func TestRoleWithoutAPersonPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La secrétaire sera élue par le bureau en juin", OK, 0, ""},
		{"Le vice-président est élu pour deux ans, renouvelable une fois", OK, 0, ""},
		{"The secretary will be elected at the next general meeting", OK, 0, ""},
		{"Poste de trésorier adjoint à pourvoir, parlez-en autour de vous", OK, 0, ""},
		{"Le club recrute un éducateur sportif diplômé pour la rentrée", OK, 0, ""},
		{"The charity is hiring a part-time bookkeeper", OK, 0, ""},
		{"Un secouriste est présent à chaque entraînement", OK, 0, ""},
		{"La conseillère numérique reçoit sans rendez-vous le mercredi", OK, 0, ""},
		{"La secrétaire sera élue, elle est enceinte de six mois", Blocked, Sensitive, "health"},
		{"Le trésorier est élu municipal sur la liste de la majorité", Blocked, Sensitive, "politics"},
		{"On recrute Karima Benali comme animatrice", Blocked, Personal, "name"},
		{"La trésorière a encore oublié la réunion", Doubt, Personal, "single-role"},
	})
}
