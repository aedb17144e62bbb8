package classify

import "testing"

// A sentence that invites everyone to a dated event names whom the event
// is for: a special-category word beside its public is no statistic.
func TestADatedEventOpenToAPublicIsNoStatistic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Repas partagé ouvert à toutes les personnes isolées et aux personnes handicapées, dimanche 12 janvier à midi.", OK, 0, ""},
		{"Soirée d'information sur le VIH ouverte à tous les jeunes et aux parents, le 1er décembre à 19 h.", OK, 0, ""},
		{"Join our coffee morning for carers and for people living with dementia, Thursday 6 March.", OK, 0, ""},
		{"Les familles musulmanes du quartier sont les bienvenues à la fête de l'Aïd, le 30 mars au gymnase.", OK, 0, ""},
		{"Come along to our charity walk for cancer survivors and their families, Sunday 14 September.", OK, 0, ""},
		{"Join our sponsored swim to raise awareness of breast cancer and women's mental health, Saturday 8 March at the leisure centre.", OK, 0, ""},
		{"Les seniors diabétiques sont invités à la marche du 9 mai, départ 10 h place de l'église.", OK, 0, ""},
		{"Open day for women living with HIV and their children, Saturday 29 November.", OK, 0, ""},
	})
}

// A count, a share or the association's own public keeps the statistic
// doubt, invitation or not.
func TestAnInvitationThatCountsThePublicKeepsItsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rejoignez-nous samedi : plusieurs familles du quartier sont atteintes de tuberculose.", Doubt, 0, "aggregate"},
		{"Nos résidents séropositifs vous invitent à leur repas du 3 juin.", Doubt, 0, "aggregate"},
		{"Come on Saturday 3 May: 12 families of the estate living with HIV will share a meal.", Doubt, 0, ""},
		{"Fewer older members come to the Tuesday club since the bus route changed.", Doubt, 0, "aggregate"},
	})
}
