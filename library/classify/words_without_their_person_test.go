package classify

import "testing"

// Words that tell a special fact or a hidden act only of someone: said of
// a place, a book, anyone or another body, they pass (the false alarms a
// reviewer found on the night of 2 December 2026); said of a person or of
// us, they stay blocked.
func TestSpecialWordsWithoutTheirPersonPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La madrasa de Samarcande est inscrite au patrimoine mondial de l'Unesco.", OK, 0, ""},
		{"L'école coranique du quartier organise une fête de fin d'année ouverte aux voisins.", OK, 0, ""},
		{"Les Liaisons dangereuses dépeignent le libertinage aristocratique.", OK, 0, ""},
		{"Assigned female at birth is a term used in medical forms, explains the guide.", OK, 0, ""},
		{"Chaque patient reçoit un livret sur son séjour à l'hôpital.", OK, 0, ""},
		{"Le foyer d'hébergement d'urgence ouvre 20 places supplémentaires pour l'hiver.", OK, 0, ""},
		{"L'entreprise a délocalisé son usine sans informer les salariés, selon les syndicats.", OK, 0, ""},
		{"Le fils de Karim va à l'école coranique le mercredi.", Blocked, Sensitive, "religion"},
		{"Depuis son séjour à la clinique du Château, Marc ne boit plus.", Blocked, Sensitive, "health"},
		{"On a fermé l'atelier sans informer les adhérents.", Blocked, Sensitive, "confidential"},
	})
}
