package classify

import "testing"

// Figures padded for a funder or one cost billed to two funders in full
// are the association's confidential strategy (strategy_padded.go), also
// when the funder is named in a heading before a colon; cofunding told
// openly, advice, a question and a published text are not.
func TestPaddedFiguresForAFunder(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Bilan pour la Région : on indique 60 inscrits alors qu'on en a eu 27.", Blocked, Sensitive, "grant"},
		{"Compte rendu à la fondation : nos sorties annulées à cause de la pluie figurent comme réalisées.", Blocked, Sensitive, "grant"},
		{"L'animatrice est dans le dossier CAF et dans celui du Département, chacune à 100 %, et ça passe.", Blocked, Sensitive, "grant"},
		{"Le séjour d'été, on va le financer deux fois : la ville et la fondation paient chacune la totalité.", Blocked, Sensitive, "grant"},
		{"We'll claim the minibus hire in both the council grant and the Lottery report, they never compare.", Blocked, Sensitive, "grant"},
		{"For the trust return we'll say 90 young people took part; we only had 41.", Blocked, Sensitive, "grant"},
	})
	for _, s := range []string{
		"Le séjour d'été est financé par la ville et par la fondation, chacune pour moitié.",
		"Peut-on faire financer deux fois la même action par deux financeurs ?",
		"Rappel : une dépense ne peut pas être comptée deux fois dans deux dossiers de subvention.",
		"Rapport d'activité publié : 41 jeunes accueillis cet été, avec le soutien de la CAF et de la Région.",
		"Our holiday club is funded by both the council and the Lottery; thank you to both!",
		"Les ateliers de mars ont été annulés à cause de la grève ; ils seront reprogrammés en mai.",
		"Il est interdit de compter deux fois un participant dans le bilan.",
		"Conseil : ne pas faire financer deux fois la même dépense par deux financeurs.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
