package classify

import "testing"

// Something that went wrong, told at a time already gone or as the known
// incident that something follows, is an incident of the association,
// in any words: doubt.
func TestIncidentToldInThePastIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Suite au souci d'hier soir à la buvette, les clés restent au bureau.", Doubt, 0, "vague"},
		{"Nouveau vol dans la réserve la semaine passée.", Doubt, 0, "vague"},
		{"Il y a eu un couac à la caisse samedi, on en reparle.", Doubt, 0, "vague"},
		{"Après l'accrochage, la soirée jeux a fini plus tôt.", Doubt, 0, "vague"},
		{"After the scuffle in the car park on Saturday, we need to rethink the exit.", Doubt, 0, "vague"},
		{"The problem with the till last night has been sorted.", Doubt, 0, "vague"},
		{"Following the row, two helpers left early.", Doubt, 0, "vague"},
	})
}

// The same words in public text: an incident denied, a habit, a notice
// that moves an event, a workshop to come, advice to the reader.
func TestIncidentWordsInPublicTextStayOK(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Suite à un problème de chauffage samedi, le cours de danse est reporté au 12.", OK, 0, ""},
		{"Atelier vélo : réparer un problème de freins, samedi à 10 h.", OK, 0, ""},
		{"Bike workshop on Saturday: learn to fix common problems with gears.", OK, 0, ""},
		{"If you have a problem, call the warden on Monday.", OK, 0, ""},
		{"The Friday quiz had no problems at all last year, come along!", OK, 0, ""},
		{"Exposition sur les accidents de la route, du lundi au vendredi.", OK, 0, ""},
		{"Conte pour enfants samedi : une histoire de pirates.", OK, 0, ""},
	})
}

// Trouble denied (« aucun incident », « sans accident », "without
// incident") names nothing that happened: a report of a public event
// stays public; trouble that happened stays a doubt.
func TestDeniedTroubleIsNoIncident(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fête du quartier : aucun incident à signaler, merci à tous.", OK, 0, ""},
		{"Course des familles : 300 coureurs, beau temps, sans incident.", OK, 0, ""},
		{"The fun run went off without incident, thanks to all our marshals.", OK, 0, ""},
		{"Bilan de la brocante : pas d'accident, une belle affluence.", OK, 0, ""},
		{"Un incident avec un exposant a marqué la brocante.", Doubt, 0, "vague"},
		{"There was an incident with a stallholder at the fair.", Doubt, 0, "vague"},
	})
}
