package classify

import "testing"

// A funder's call with its deadline is the funder's notice: public. The
// association's own answer to it stays a doubt.
func TestFundersCallWithDeadlineIsPublic(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Appel à projets du département pour les jardins partagés, date limite le 12 avril.", OK, 0, ""},
		{"Appel à projets de la caisse de retraite : clôture des dossiers le 15 mars.", OK, 0, ""},
		{"Appel à projets jeunesse de la région, candidatures jusqu'au 30 juin.", OK, 0, ""},
		{"On répond à l'appel à projets de la région, date limite vendredi.", Doubt, 0, "grant"},
		{"Notre candidature à l'appel à projets part lundi, date limite mardi.", Doubt, 0, "grant"},
	})
}
