package classify

import "testing"

// Convening a meeting is no summons; one person convened, or anyone
// convened for a reason, is summoned.
func TestMeetingConvened(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les adhérents sont convoqués à l'AG du 12 mars.", OK, 0, ""},
		{"Le président convoque l'assemblée générale une fois par an.", Doubt, Personal, "single-role"},
		{"Le secrétaire convoque les assemblées.", Doubt, Personal, "single-role"},
		{"Le directeur convoque Paul pour un entretien préalable.", Blocked, Sensitive, "hr"},
		{"Convoquée au bureau du directeur lundi, elle a pleuré.", Blocked, Sensitive, "hr"},
		{"Convoquée à une réunion avec la DRH, elle a pleuré.", Blocked, Sensitive, "hr"},
		{"Le salarié est convoqué à une réunion disciplinaire.", Blocked, Sensitive, "hr"},
		{"Le bénévole est convoqué au conseil de discipline.", Blocked, Sensitive, "hr"},
		{"Le salarié est convoqué au conseil d'administration pour s'expliquer sur ses absences.", Blocked, Sensitive, "hr"},
		{"Le directeur est convoqué au conseil d'administration : rupture envisagée.", Blocked, Sensitive, "hr"},
		{"La trésorière est convoquée à l'AG extraordinaire pour sa révocation.", Blocked, Sensitive, "hr"},
		{"Le président convoque la trésorière au bureau pour un recadrage.", Blocked, Sensitive, "hr"},
	})
}
