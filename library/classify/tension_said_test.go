package classify

import "testing"

// Words of tension that also describe things (« jardin partagé », « grand
// froid », « vélo électrique », "split into teams") tell no tension
// beside the association's people: public.
func TestTensionWordsDescribingThingsStayOK(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le jardin partagé accueille de nouveaux membres à partir de mars.", OK, 0, ""},
		{"Repas partagé avec les familles du quartier vendredi soir.", OK, 0, ""},
		{"Grand froid : nos bénévoles distribuent des couvertures aux sans-abri.", OK, 0, ""},
		{"Balade en vélo électrique avec les adhérents du club senior.", OK, 0, ""},
		{"Les bénévoles sont divisés en deux groupes pour le ramassage.", OK, 0, ""},
		{"Our members are split into four teams for the quiz.", OK, 0, ""},
		{"The volunteers are divided into two groups for the litter pick.", OK, 0, ""},
	})
}

// The same words said of people or of their exchanges, and the words
// that always tell a tension, stay internal news: doubt.
func TestTensionSaidOfPeopleStaysDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le bureau est partagé sur le projet de salle.", Doubt, 0, "internal"},
		{"Ambiance électrique entre les bénévoles depuis la dernière réunion.", Doubt, 0, "internal"},
		{"Échanges très vifs entre deux membres du CA hier soir.", Doubt, 0, "internal"},
		{"Le CA est divisé en deux camps sur la question du local.", Doubt, 0, "internal"},
		{"The board is split over the new rota.", Doubt, 0, "internal"},
		{"Les bénévoles sont tendus depuis la rentrée.", Doubt, 0, "internal"},
	})
}
