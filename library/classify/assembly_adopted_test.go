package classify

import "testing"

// A provisional text the general meeting adopted, or a change announced
// in a publication, is public.
func TestProvisionalTextAdoptedInAssemblyPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"L'assemblée générale a approuvé le budget provisoire de l'exercice 2026.", OK, 0, ""},
		{"Le calendrier provisoire voté en AG est affiché à l'accueil.", OK, 0, ""},
		{"Comme annoncé dans notre lettre de mars, la ludothèque s'arrête en juillet.", OK, 0, ""},
		{"L'AG a voté le budget provisoire de l'exercice 2026.", OK, 0, ""},
		{"Le budget provisoire adopté par l'assemblée générale prévoit un léger excédent.", OK, 0, ""},
	})
}

// A vote still to come, the board's vote, a text kept inside or told
// later stays a doubt.
func TestProvisionalTextNotAdoptedStaysGray(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le budget provisoire sera adopté à l'AG de juin.", Doubt, 0, ""},
		{"Le budget provisoire doit être adopté en AG.", Doubt, 0, ""},
		{"Le budget provisoire n'est pas encore voté en AG.", Doubt, 0, ""},
		{"Le CA a validé le budget provisoire à présenter à l'AG.", Doubt, 0, ""},
		{"The provisional budget adopted at the AGM is an internal document.", Doubt, 0, ""},
		{"Le budget provisoire a été voté en AG, on l'annoncera aux partenaires en mai.", Doubt, 0, ""},
	})
}
