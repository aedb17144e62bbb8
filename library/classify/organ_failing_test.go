package classify

import "testing"

// A person's organ or faculty said to fail, next to it, is a health fact
// (category 4). An organ that is a thing's (« le cœur du village », « le
// dos de la salle ») or a word of failing that is not the organ's keeps
// its verdict.
func TestFailingOrganOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mrs O'Brien's memory is going, she forgot the meeting twice.", Blocked, Sensitive, "health"},
		{"Ses reins lâchent, Mme Petit attend une greffe.", Blocked, Sensitive, "health"},
		{"Sa vue baisse, Josette ne conduira plus le minibus.", Blocked, Sensitive, "health"},
		{"Dave has a bad back so he can't lift the tables.", Blocked, Sensitive, "health"},
		{"Sa mémoire flanche, Mme Royer oublie les rendez-vous.", Blocked, Sensitive, "health"},
		{"Le cœur du village bat au marché le samedi.", OK, Public, ""},
		{"Le dos de la salle est réservé aux poussettes.", OK, Public, ""},
		{"Her heart is in the right place, Jane is a gem.", Blocked, Personal, "name"},
		{"Jane keeps her eyes on the till, the float is short.", Blocked, Personal, "name"},
	})
}

// A sense lost is told through its organ: « n'entend pas de l'oreille
// gauche », "can't hear in his left ear".
func TestSenseLostThroughItsOrgan(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le petit Anatole n'entend pas de l'oreille gauche, placez-le à droite.", Blocked, Sensitive, "health"},
		{"Mme Roux ne voit plus de l'œil droit depuis l'été.", Blocked, Sensitive, "health"},
		{"Callum can't hear in his left ear, seat him at the front.", Blocked, Sensitive, "health"},
		{"Léon voit très bien de l'œil gauche maintenant.", Blocked, Personal, "name"},
		{"Jacques Roussel ne sent plus rien dans la jambe droite.", Blocked, Sensitive, "health"},
		{"Mme Caron a perdu l'usage de la main gauche.", Blocked, Sensitive, "health"},
		{"Marcel Fabre a perdu deux doigts de la main droite à l'usine.", Blocked, Sensitive, "health"},
		{"My neighbour Rita can't see out of either eye anymore.", Blocked, Sensitive, "health"},
		{"Mon voisin Jacques n'entend plus d'aucune oreille.", Blocked, Sensitive, "health"},
		{"Ma voisine Josette a perdu la main droite dans un accident de travail.", Blocked, Sensitive, "health"},
		// idioms
		{"Le président Gérard Lemoine ne voit pas d'un bon œil l'arrivée de la nouvelle trésorière.", Blocked, Personal, "name"},
		{"Mme Lopez n'entend pas de cette oreille et refuse la hausse de cotisation.", Blocked, Personal, "name"},
		{"Paul a perdu la main au tarot depuis l'an dernier.", Blocked, Personal, "name"},
	})
}
