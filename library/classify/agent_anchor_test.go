package classify

import "testing"

// Who leads a talk or gives care, introduced after the fact, is not
// whom the fact is about; a person the fact is said of still is.
func TestAgentIsNotTheFactsOwner(t *testing.T) {
	allPass(t,
		"Talk: living with diabetes, with a nurse from the surgery, Tuesday 6 pm.",
		"Coffee morning on coping with dementia, led by a nurse from the memory clinic; all welcome.",
	)
	runRuleCases(t, []ruleCase{
		{"Paul est diabétique, suivi par une infirmière.", Blocked, Sensitive, "health"},
		{"The lady with dementia lives with a carer.", Blocked, Sensitive, "health"},
		{"She has diabetes, with a nurse visiting daily.", Blocked, Sensitive, "health"},
	})
}

// Someone's own helper is no speaker: the fact is the helped person's.
func TestOwnHelperIsNoSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Séropositif, accompagné par un de nos bénévoles.", Blocked, Sensitive, "health"},
		{"Consultation en addictologie demain avec son éducateur.", Blocked, Sensitive, "health"},
	})
}
