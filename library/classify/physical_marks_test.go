package classify

import "testing"

// A person described by looks and a visible mark is one person:
// blocked. The same marks in a public notice, or on a clown, pass.
func TestPersonDescribedByAVisibleMark(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"le grand roux avec la cicatrice au menton qui joue en défense", Blocked, Personal, "indirect"},
		{"the tall redhead with a scar on his chin who plays in goal", Blocked, Personal, "indirect"},
		{"la voisine avec le tatouage sur le bras a rapporté le colis", Blocked, Personal, "indirect"},
		{"Le clown avec le nez rouge animera le goûter, ouvert à tous.", OK, 0, ""},
		{"Atelier coiffure : tresses et cheveux bouclés, pour les enfants.", OK, 0, ""},
	})
}

// An apposition of looks between commas after a person (« la nouvelle
// du groupe de marche, la grande blonde, », « le facteur, le petit
// brun, », "the coach, the tall bald one,") points at one person:
// blocked (physical_marks.go looksApposition). An apposition of a thing
// (« le grand classique », « la plus grande » of rooms) points at no one.
func TestLooksAppositionPointsAtOnePerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La nouvelle du groupe de marche, la grande blonde, n'a toujours pas rendu son dossier.", Blocked, Personal, "indirect"},
		{"Le facteur de notre quartier, le petit brun, vole les colis d'après la voisine.", Blocked, Personal, "indirect"},
		{"La prof de yoga du mercredi, la brune aux tatouages, est en arrêt depuis trois mois.", Blocked, Sensitive, "indirect"},
		{"Le garçon roux du cours de judo, le plus petit, se fait taper par ses camarades.", Blocked, Personal, "indirect"},
		{"La salle du bas, la plus grande, est réservée pour le loto.", OK, 0, ""},
		{"Le Petit Prince, le grand classique, sera joué par la troupe des jeunes en juin.", OK, 0, ""}, // a title (anchors.go titleCased)
	})
}
