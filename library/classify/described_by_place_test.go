package classify

import "testing"

// A person described by where they come from or live, in a relative
// clause, or as our only one in a small place, is one person: blocked.
func TestPersonDescribedByTheirPlaceIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La retraitée qui arrive de Plœuc en mobylette chaque mercredi", Blocked, Personal, "indirect"},
		{"Le jeune homme qui habite à Kerlouan et vient aider au potager", Blocked, Personal, "indirect"},
		{"Notre seul bénévole à Trégunc a déménagé", Blocked, Personal, "indirect"},
		{"Our only helper at Polperro has stopped coming", Blocked, Personal, "indirect"},
		{"The woman who lives in Mevagissey and sews the costumes", Blocked, Personal, "indirect"},
		{"Notre seul local est à Lorient, ouvert le samedi", OK, 0, ""},
		{"La salle qui se trouve à Quimper sera fermée en août", OK, 0, ""},
	})
}
