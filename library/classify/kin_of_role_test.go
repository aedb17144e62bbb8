package classify

import "testing"

// A relative of the holder of a single role is one person, even when a
// word says which of the siblings: blocked, not a doubt.
func TestWhichRelativeOfASingleRole(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La fille aînée de notre présidente passe le bac cette année.", Blocked, Personal, "indirect"},
		{"Le fils cadet du trésorier cherche un stage.", Blocked, Personal, "indirect"},
		{"The eldest son of our chair is helping on Saturday.", Blocked, Personal, "indirect"},
		{"Atelier pour les enfants : le petit chaperon rouge, lecture publique.", OK, 0, ""},
	})
}
