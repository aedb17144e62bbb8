package classify

import "testing"

// A person who goes to a group named by its theme has that theme's fact.
func TestAttendedGroupIsTheirFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Un de nos bénévoles va au groupe de parole VIH le mardi.", Blocked, Sensitive, "health"},
		{"Notre trésorier fréquente le groupe de parole des Alcooliques anonymes.", Blocked, Sensitive, "health"},
		{"Our treasurer attends the HIV support group every Tuesday.", Blocked, Sensitive, "health"},
		{"Karim attends the HIV support group every Tuesday.", Blocked, Sensitive, "health"},
		{"Je vais au groupe de parole VIH le mardi.", Blocked, Sensitive, "health"},
		// an appointment, a stay, an admission, a hospital department (leak hunt)
		{"Mon frère avait rendez-vous au centre de dépistage VIH hier.", Blocked, Sensitive, "health"},
		{"Ma mère est au service de psychiatrie de l'hôpital.", Blocked, Sensitive, "health"},
		{"Ma sœur a été admise au service de psychiatrie de l'hôpital Sainte-Anne.", Blocked, Sensitive, "health"},
		{"Ma belle-mère est en HAD oncologie depuis janvier.", Blocked, Sensitive, "health"},
		{"J'ai intégré le groupe de parole des Narcotiques anonymes la semaine dernière.", Blocked, Sensitive, "health"},
		{"I go to the eating disorders clinic every Tuesday.", Blocked, Sensitive, "health"},
		{"My daughter takes part in the cystic fibrosis parents' group.", Blocked, Sensitive, "health"},
	})
}

// The group announced, or hosted, tells no one's fact.
func TestAnnouncedGroupIsNoOnesFact(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Groupe de parole VIH le mardi, ouvert à tous.", OK, 0, ""},
		{"Venez nombreux à l'atelier diabète du jeudi !", OK, 0, ""},
		{"Les bénévoles vont au salon de l'autisme samedi.", OK, 0, ""},
		{"Toute personne qui va au groupe de parole VIH est la bienvenue.", OK, 0, ""},
		{"Un de nos bénévoles anime le groupe de parole VIH le mardi.", OK, 0, ""},
		{"Le service de psychiatrie de l'hôpital recrute des bénévoles pour l'animation.", OK, 0, ""},
		{"Conférence sur l'addictologie avec le Dr Morel.", OK, 0, ""},
	})
}

// A pain clinic is a place of care: someone who consults there tells
// their health; the clinic's own news stays public.
func TestPainClinicAttendedIsHealth(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Une de nos bénévoles consulte au centre de la douleur de l'hôpital Lariboisière.", Blocked, Sensitive, "health"},
		{"Our treasurer goes to the pain clinic every month.", Blocked, Sensitive, "health"},
		{"Le centre de la douleur de l'hôpital ouvre une consultation le mardi.", OK, 0, ""},
		{"Conférence du centre antidouleur sur la fibromyalgie.", OK, 0, ""},
	})
}
