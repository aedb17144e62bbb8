package classify

import "testing"

// Whom a heritage walk follows (« sur les pas de », « sur les traces
// du naturaliste », "the footsteps of") and whose life or room a history
// sentence tells (« la vie de », « le parcours de », « consacrée à », with
// a word of history) is history's: the full name passes.
func TestHistoryTopicPasses(t *testing.T) {
	allPass(t,
		"Randonnée du dimanche : sur les pas de Rosalie Blanchard, l'institutrice des Cévennes.",
		"Sortie botanique sur les traces du botaniste Aimé Bonpland.",
		"Heritage trail: in the footsteps of Jemima Blackburn across the glen.",
		"Au musée de la Résistance, découvrez le parcours d'Yvonne Oddon.",
		"Pour le centenaire, le musée de l'école retrace la vie de Célestin Freinet.",
		"Au musée, une vitrine entière est consacrée à Auguste Escoffier.",
		"The museum's new room is dedicated to Mary Anning.",
	)
}

// The same frames keep a person of today: a guide or a member beside the
// name, contact details, news, an age, a special-category fact, a clause
// told of them, the life of someone without a word of history (a
// reminiscence workshop), a civility, a first name alone.
func TestHistoryTopicGuards(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Balade patrimoine sur les pas de Jean-Paul Girard, bénévole, 06 71 22 33 44.", Blocked, Personal, "name"},
		{"Balade sur les pas de Jean-Paul Girard, notre guide, qui sort de dépression.", Blocked, Sensitive, "name"},
		{"Notre balade sur les pas de Paul Roux, notre doyen.", Blocked, Personal, "name"},
		{"Sur les pas de Paul Roux, arrêté hier par la police.", Blocked, Sensitive, "name"},
		{"Au musée, la vie de Paul Roux, 95 ans, racontée par sa fille.", Blocked, Personal, "name"},
		{"Atelier mémoire : la vie de Paul Roux, ancien mineur.", Blocked, Personal, "name"},
		{"Au musée, une salle est consacrée à Paul Roux, séropositif.", Blocked, Sensitive, "name"},
		{"Au musée, une salle est consacrée à Mme Odile Roux.", Blocked, Personal, "name"},
		{"Au musée, la vie de Paul Roux, qui vient de perdre sa femme.", Blocked, Personal, "name"},
		{"Sur les pas de Karima, on a marché jusqu'au foyer.", Blocked, Personal, "name"},
		{"Heritage walk in the footsteps of Peter Lowe, who is off work with depression.", Blocked, Sensitive, "name"},
		{"The history room is dedicated to our volunteer Joan Fisher.", Blocked, Personal, "name"},
	})
}

// A place that owes its name to someone (« doit son nom à », « tire son
// nom de », "takes its name from") names a public figure, as « porte le
// nom de » does.
func TestNamedAfterOwesItsName(t *testing.T) {
	allPass(t,
		"Le collège doit son nom à Germaine Sablon.",
		"La rue tire son nom de Prosper Mérimée.",
		"The park takes its name from Octavia Hill.",
	)
}
