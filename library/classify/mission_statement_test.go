package classify

import "testing"

// Whom the association serves, said as its leaflet would, is public; a
// profile of its own members, or figures about those it helps, stay a
// doubt.
func TestMissionStatementIsPublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nos bénévoles accompagnent les personnes âgées isolées", OK, 0, ""},
		{"Our volunteers support isolated elderly people in the village", OK, 0, ""},
		{"Nos adhérents ont entre 70 et 90 ans, beaucoup sont veufs", Doubt, 0, "aggregate"},
		{"Nos bénévoles accompagnent 12 familles de la cité, dont 3 sans papiers", Doubt, 0, "aggregate"},
	})
}
