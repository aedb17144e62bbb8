package classify

import "testing"

// A role or a trade and the place it serves, then a service it gives the
// public, tells the service's offer and hours (service_act.go); the same
// description with anything of the person's life, a second person, an
// office of the association or a neighbour stays blocked.
func TestAServiceGivenToThePublicIsNoPersonsLife(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le gardien du stade ouvre les vestiaires à 8 h 30 le dimanche.", OK, 0, ""},
		{"La directrice de l'école accueille les parents à la kermesse samedi.", OK, 0, ""},
		{"Le kiné du quartier propose des séances collectives de gym douce.", OK, 0, ""},
		{"La factrice du village passe vers midi le samedi.", OK, 0, ""},
		{"The baker on the square delivers the bread for the fête at 7.", OK, 0, ""},
		{"La factrice du village passe voir sa sœur tous les midis.", Blocked, Personal, "indirect"},
		{"Le facteur de Saint-Genis relève le courrier en état d'ivresse depuis mars.", Blocked, 0, ""},
		{"Le facteur de Lormont distribue le courrier en titubant chaque matin.", Blocked, 0, ""},
		// the person's life, another person, a member, a neighbour
		{"Le gardien du stade ouvre les vestiaires, il sort de prison.", Blocked, Sensitive, "criminal"},
		{"La directrice de l'école accueille sa fille à la kermesse samedi.", Blocked, Personal, "indirect"},
		{"Le kiné du quartier propose des séances depuis son divorce.", Blocked, Personal, "indirect"},
		{"Le kiné du quartier reçoit Mme Roux le mardi.", Blocked, Personal, "name"},
		{"Le trésorier du club de pétanque de Montbard tient la buvette.", Blocked, Personal, "indirect"},
		{"Le voisin du 12 ouvre la porte à 8 h.", Blocked, Personal, "indirect"},
		{"Le gardien du stade de Montbard, 62 ans, ouvre les vestiaires.", Blocked, Personal, "indirect"},
		{"Le gardien du stade ouvre les vestiaires. Il boit beaucoup.", Blocked, 0, ""},
	})
}
