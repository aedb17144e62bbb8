package classify

import "testing"

// A specialist's noun beside a name is a trade, not a patient's visit;
// the subject of the talk stays a subject.
func TestSpecialistTrade(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Conférence du Pr Amel Haddad, cancérologue au CHU, sur le dépistage du cancer du sein — ouverte à toutes, gratuite.", OK, 0, ""},
		{"Talk by Dr Anna Hughes, oncologist, on breast cancer screening, Tuesday 6pm.", OK, 0, ""},
		{"Atelier sur le diabète, ouvert à tous, samedi 10h.", OK, 0, ""},
	})
	runRuleCases(t, []ruleCase{
		{"Conférence de Karim Benali sur son cancer du sein.", Blocked, 4, ""},
		{"Paul Girard voit un cardiologue depuis mars.", Blocked, 4, ""},
		{"Paul Girard, cardiologue, est séropositif.", Blocked, 4, ""},
		{"Mme Roux, chez le cardiologue mardi.", Blocked, 4, ""},
		{"Tom Hollis stands on a far-right list in his home town, keep it out of the programme.", Blocked, 4, ""},
		{"Atelier sur le diabète avec Paul Girard, qui est diabétique.", Blocked, 4, ""},
		{"Conférence sur le cancer par Karim Benali, qu'il a eu en 2020.", Blocked, 0, ""},
		{"Mme Roux figure sur la liste RN aux municipales.", Blocked, 4, ""},
	})
}

// A specialist one goes to for care is the patient's health, named or
// not.
func TestSpecialistSeenIsHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Paul voit la psychiatre Anne Morel chaque mardi.", Blocked, Sensitive, "health"},
		{"Tom sees the therapist Anne Morel every week.", Blocked, Sensitive, "health"},
		{"Paul est suivi par le Dr Morel (psychiatre).", Blocked, Sensitive, "health"},
	})
}
