package classify

import "testing"

// A first name and a surname that are both words, opening the sentence,
// are a person's name when « est » brings what is said of a person only;
// a shop or a café named so stays public.
func TestAWordNameDescribedAsAPersonIsAName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pierre Bouleau est suivi par l'assistante sociale depuis janvier.", Blocked, Personal, "name"},
		{"Olive Verger est hospitalisée depuis lundi.", Blocked, Sensitive, "health"},
		{"Rose Bonbon est ouvert le samedi.", OK, Public, ""},
		{"Rose Café est suivi d'un concert.", OK, Public, ""},
	})
}
