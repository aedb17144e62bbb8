package classify

import "testing"

// A note on a family names its members by a bare plural kin word: their
// plural fact is theirs. A heading, a welcome, a question or a public
// after a preposition stay public.
func TestFamilyMembersNamedBareInANote(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Parents musulmans.", Blocked, Sensitive, "religion"},
		{"Parents alcooliques, enfants placés.", Blocked, Sensitive, "health"},
		{"Famille suivie : parents sous curatelle.", Blocked, Sensitive, "health"},
		{"Parents séparés, enfants suivis par l'ASE.", Blocked, Sensitive, "child-protection"},
		{"Parents très alcooliques, enfants placés.", Blocked, Sensitive, "health"},
		{"Parents tous deux alcooliques.", Blocked, Sensitive, "health"},
		{"Parents alcooliques, enfants accueillis en foyer depuis mars.", Blocked, Sensitive, "health"},
		{"Enfants autistes : atelier le mercredi.", OK, 0, ""},
		{"Enfants handicapés bienvenus au centre de loisirs.", OK, 0, ""},
		{"Enfants diabétiques acceptés avec un PAI.", OK, 0, ""},
		{"Atelier pour parents musulmans.", OK, 0, ""},
		{"Parents d'enfants autistes, venez échanger le samedi.", OK, 0, ""},
		{"Enfants malades et hospitalisés, quels droits ?", OK, 0, ""},
	})
}
