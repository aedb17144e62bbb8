package classify

import "testing"

// Public text holds words that describe a person only when a person is
// there: a rule adopted at a meeting, a chaplaincy's event, a price per
// person, a web address with a year in its path, a memorial named after
// someone. Said of a person, the same words still count.
func TestPublicTextWithoutAPersonPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le règlement intérieur, adopté en assemblée générale 2021, est affiché au club", OK, 0, ""},
		{"Veillée de Noël de l'aumônerie du lycée à 18h, ouverte à tous", OK, 0, ""},
		{"Tickets 3 € per person at the door, children free", OK, 0, ""},
		{"Billetterie : https://www.billetweb.fr/concert-printemps/places/reservation-2025", OK, 0, ""},
		{"Visite scolaire au mémorial Charles de Gaulle, départ du car à 7h30", OK, 0, ""},
		{"Lina, adoptée en Colombie à deux ans, rejoint l'atelier théâtre", Blocked, Sensitive, "origin"},
		{"Françoise fait partie de l'aumônerie de sa paroisse", Blocked, Sensitive, "religion"},
		{"Accès au site : admin_jardin / Hiver2023", Blocked, Sensitive, "credential"},
	})
}
