package classify

import "testing"

// A wheelchair discipline offered is no one's fact; practised by someone, it is theirs.
func TestWheelchairDiscipline(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le club propose du tennis en fauteuil le mercredi.", OK, 0, ""},
		{"Initiation à l'escrime en fauteuil samedi au gymnase.", OK, 0, ""},
		{"Karim joue au tennis en fauteuil depuis son accident.", Blocked, Sensitive, "health"},
		{"Notre trésorier fait du basket en fauteuil.", Blocked, Sensitive, "health"},
		{"Il fait du tennis en fauteuil.", Blocked, Sensitive, "health"},
	})
}
