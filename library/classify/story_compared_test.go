package classify

import "testing"

// A real case likened to a work is real: « Comme dans « … » » opens no
// story, and its names and facts stay.
func TestCaseLikenedToAWorkIsReal(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Comme dans « Chanson douce » : la nounou de la famille Girard, Mme Alves, a été licenciée pour maltraitance.", Blocked, 0, "name"},
		{"Like in \"Matilda\", the Harper girl next door, Josie Harper, is locked in her room by her parents.", Blocked, 0, "name"},
		{"Club lecture : dans « Chanson douce », la nounou tue les enfants.", OK, 0, ""},
	})
}
