package classify

import "testing"

// Mends after the review of 2 December 2026: a carer's post in a
// hospital specialty is a workplace, not a stay in care; a draw's winning
// numbers are no safe's combination. The patient and the safe stay.
func TestReviewedFalseAlarmsPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'hôpital recrute une infirmière en cardiologie pour le service de nuit.", OK, 0, ""},
		{"Le CHU recrute un médecin en addictologie.", OK, 0, ""},
		{"She specialised in cardiology before entering politics.", OK, 0, ""},
		{"Mme Durand est suivie en cardiologie depuis mars.", Blocked, Sensitive, ""},
		{"La combinaison gagnante de l'Euromillions : 4, 19, 27, 36, 48.", OK, 0, ""},
		{"The winning EuroMillions combination: 3, 11, 24, 37, 49.", OK, 0, ""},
		{"Le coffre s'ouvre sur quatorze, vingt-huit, trois.", Blocked, Sensitive, "credential"},
		{"La combinaison du coffre est 12, 34, 56 ; le tirage est à 18 h.", Blocked, Sensitive, "credential"},
		{"Le président travaille en dialyse, trois fois par semaine, comme patient.", Blocked, Sensitive, ""},
	})
}

// An amateur's title makes no public figure (« la chanteuse amateur, X »):
// the name is a person's, and what is told of her stays with her.
func TestAmateurTitleIsNoPublicFigure(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Soirée Édith Piaf à Belleville : la chanteuse amateur, Édith Lefèvre, a perdu son fils l'an dernier.", Blocked, Personal, "name"},
		{"La chanteuse Édith Lefèvre sera en concert samedi.", OK, 0, ""},
	})
}
