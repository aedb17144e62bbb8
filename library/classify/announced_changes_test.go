package classify

import "testing"

// A job offer and an event moved to another date are announced to the
// public: ok. The same matters told as unsettled stay doubt, by the mood
// of the sentence (gray_affairs.go).
func TestJobOffersAndMovedEventsAreAnnounced(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Recrutement : un animateur périscolaire en CDD, 24 h par semaine", OK, 0, ""},
		{"Le club embauche un entraîneur pour la section handball", OK, 0, ""},
		{"We are recruiting a part-time coordinator for the food bank", OK, 0, ""},
		{"La randonnée du 3 mai est reportée au 10 mai", OK, 0, ""},
		{"Le concert de la chorale est décalé d'une semaine", OK, 0, ""},
		{"Tonight's quiz night is postponed to next Friday", OK, 0, ""},
		{"On envisage de recruter un deuxième salarié, rien n'est fait", Doubt, 0, ""},
		{"Notre repas des anciens serait peut-être reporté, la salle n'est pas sûre", Doubt, 0, ""},
		{"We might postpone the AGM, the trustees have not decided yet", Doubt, 0, ""},
	})
}
