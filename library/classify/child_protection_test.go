package classify

import "testing"

// A measure of a court or of the social services about a child or a
// parent (kept_child_protection_terms.txt) is category 4 under its own
// rule, so that the volunteer reads what it is; the same words in a
// training, a job offer or a public event pass.
func TestChildProtectionMeasureAboutAPersonIsSensitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le petit Noah est placé en famille d'accueil depuis l'été.", Blocked, Sensitive, "child-protection"},
		{"Mathis est en AEMO depuis le mois de mars.", Blocked, Sensitive, "child-protection"},
		{"Théo est en foyer ASE depuis ses 8 ans.", Blocked, Sensitive, "child-protection"},
		{"Kayden has been in care since he was 6.", Blocked, Sensitive, "child-protection"},
		{"Le garçon du mercredi est sous OPP depuis janvier.", Blocked, Sensitive, "child-protection"},
		{"Le petit est placé par le juge des enfants.", Blocked, Sensitive, "child-protection"},
		{"Visites médiatisées du père le samedi au local.", Blocked, Sensitive, "child-protection"},
		{"Ethan is a looked-after child, the council pays his fees.", Blocked, Sensitive, "child-protection"},
		{"Child protection plan in place for the twins, don't share photos.", Blocked, Sensitive, "child-protection"},
		{"Conférence sur la protection de l'enfance, ouverte à tous, le 12 mars.", OK, Public, ""},
		{"Formation des animateurs : repérer et transmettre une information préoccupante.", OK, Public, ""},
		{"Devenez famille d'accueil pour un chaton cet été !", OK, Public, ""},
		{"Become a foster carer: drop-in session at the town hall on Tuesday.", OK, Public, ""},
	})
}
