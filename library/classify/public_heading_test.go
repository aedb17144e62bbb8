package classify

import "testing"

// A value headed as a public text (a poster, a release, a published
// report) loses its doubts in every sentence.
func TestAValueHeadedAsPublicTextLosesItsDoubts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Texte de l'affiche : « Ici, personne ne reste seul le soir de Noël »", OK, 0, ""},
		{"Press release – Mayor Jane Whitfield will open the new skate park on Saturday.", OK, 0, ""},
		{"Rapport moral 2025 (version publiée) : nos 180 adhérents ont animé 40 ateliers.", OK, 0, ""},
		{"Bilan de la saison (publié sur notre site) — Le budget prévisionnel 2026 est de 35 000 €. Nos 240 licenciés ont joué 300 matchs.", OK, 0, ""},
		{"Banner text: “No one should have to choose between heating and eating”", OK, 0, ""},
		{"Communiqué de presse : la députée Mme Hélène Vasseur inaugurera la recyclerie le 12 juin.", OK, 0, ""},
		{"Texte de la banderole : « Personne ne doit dormir dehors »", OK, 0, ""},
		{"Compte rendu de l'AG du 4 avril (publié sur notre site) : 52 membres présents. Le budget prévisionnel 2026 a été voté à l'unanimité.", OK, 0, ""},
		{"Communiqué de presse : le festival ouvre vendredi. Le maire, Paul Girard, coupera le ruban.", OK, 0, ""},
	})
}

// A heading that says draft, embargo or internal keeps the doubts, and
// what is blocked stays blocked under any heading.
func TestAHeadingKeepsBlocksAndDraftsDoubts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Projet de communiqué de presse : nos 180 adhérents ont animé 40 ateliers.", Doubt, 0, ""},
		{"Draft press release – our 180 members ran 40 workshops this year.", Doubt, 0, ""},
		{"We're preparing a press release about the new premises, nothing is signed yet.", Doubt, 0, ""},
		{"Communiqué de presse (embargo jusqu'au 3 mai) : le budget prévisionnel baisse de 20 %.", Doubt, 0, ""},
		{"Communiqué de presse : notre bénévole Jean Martin, séropositif, témoigne de son parcours.", Blocked, Sensitive, ""},
		{"Press release – Our volunteer Sarah Cole, who has cancer, will run the marathon.", Blocked, Sensitive, ""},
	})
}
