package classify

import "testing"

// A full name followed by « le lycée qui porte son nom », "named after
// her" is the eponym of a public place; a name after the phrase, or with
// a relation or a private fact, stays a person.
func TestEponymTold(t *testing.T) {
	allPass(t,
		"Lucie Aubrac : préparer une exposition pour le collège qui porte son nom.",
		"Why is our community centre named after him? Write a short note on William Wilberforce for the open day.",
		"Qui était Germaine Tillion ? Trois faits pour la médiathèque qui porte son nom.",
	)
	runRuleCases(t, []ruleCase{
		{"Le gymnase qui porte son nom accueillera Léa Martin samedi.", Blocked, Personal, "name"},
		{"Notre trésorier Marc Petit a inauguré la salle qui porte son nom.", Blocked, Personal, "name"},
		{"Marc Petit, dont la salle porte son nom, est hospitalisé depuis mardi.", Blocked, Sensitive, "name"},
	})
}
