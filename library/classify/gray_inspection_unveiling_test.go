package classify

import "testing"

// An inspection visit told by the association, whoever inspects, and
// news whose unveiling is held back are doubt; a public check-up offered
// to all and an unveiling already done pass.
func TestInspectionVisitsAndNewsNotUnveiledYet(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La CAF annonce une visite de contrôle du multi-accueil le mois prochain.", Doubt, 0, "internal"},
		{"La PMI passe mardi pour une visite d'inspection de la crèche.", Doubt, 0, "internal"},
		{"The county council is sending someone for a compliance visit at the nursery in May.", Doubt, 0, "internal"},
		{"Le nouveau nom du festival n'est pas encore dévoilé, on attend le feu vert du maire.", Doubt, 0, "internal"},
		{"The new kit design won't be unveiled until the season launch.", Doubt, 0, "internal"},
		{"Visite de contrôle technique gratuite des vélos samedi au local.", OK, 0, ""},
		{"Le nouveau logo a été dévoilé hier soir à la fête du club, bravo à tous !", OK, 0, ""},
		{"The mayor unveiled the plaque on Saturday morning.", OK, 0, ""},
	})
}
