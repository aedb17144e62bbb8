package classify

import "testing"

// A theft reported in the association's changing rooms or canteen is an
// internal incident, a doubt; an event moved for frost or a flooded pitch
// is weather, announced, ok.
func TestTheftReportedInOurRoomsIsDoubtAndFloodedPitchIsWeather(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un vol a été signalé à la cantine du centre de loisirs jeudi", Doubt, 0, ""},
		{"Two phones were stolen from the changing rooms after Saturday's match", Doubt, 0, ""},
		{"Entraînement annulé : terrain inondé", OK, 0, ""},
		{"Cross postponed, the course is waterlogged", OK, 0, ""},
		{"Repair café : apportez vos objets cassés à la salle des fêtes samedi", OK, 0, ""},
	})
}

// A pitch made unplayable by the weather postpones a match for everyone:
// it is announced, not internal news.
func TestUnplayablePitchIsWeather(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Match reporté pour cause de terrain impraticable, nouvelle date communiquée la semaine prochaine.", OK, 0, ""},
		{"Match against Riverside postponed, pitch unplayable after the storm.", OK, 0, ""},
		{"Match reporté : le trésorier est parti avec la caisse.", Blocked, Sensitive, "criminal"},
	})
}
