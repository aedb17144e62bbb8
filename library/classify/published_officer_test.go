package classify

import "testing"

// An officer named in the role the association's own website gives is a
// doubt to check; a private person, or a fact about the officer, stays
// blocked.
func TestPublishedOfficerIsADoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The chair, Margaret Okafor, presented the annual report at our public AGM (minutes on our website).", Doubt, 0, "name"},
		{"Notre présidente, Hélène Marchetti, comme indiqué sur la page « Qui sommes-nous » de notre site.", Doubt, 0, "name"},
		{"Président de l'association : Marc Duval (voir mentions légales du site)", Doubt, 0, "name"},

		{"présidente Martine Lebrun, séropositive (voir notre site)", Blocked, Sensitive, "health"},
		{"Martine Lebrun, notre trésorière, habite 12 rue des Lilas (voir notre site)", Blocked, Personal, "postal-address"},
		{"Karim Aït-Saïd est malade, voir notre site", Blocked, Sensitive, "health"},
		{"Notre présidente, Hélène Marchetti, sera absente mardi.", Blocked, Personal, "name"},
		{"la fille de la présidente, Léa Lebrun, voir notre site", Blocked, Personal, "name"},
		{"Paul Girard, président du syndic de copropriété, voir notre site", Blocked, Personal, "name"},
		{"Henri Blanc, président de l'association des victimes de l'amiante, voir notre site", Blocked, Personal, "name"},
		{"l'ancien trésorier Paul Girard, voir notre site", Blocked, Personal, "name"},
		{"la coordinatrice Nadia Haddad, voir notre site", Blocked, Personal, "name"},
		{"présidente Martine Lebrun, pas sur notre site", Blocked, Personal, "name"},
		{"notre site de rencontre : présidente Martine Lebrun", Blocked, Personal, "name"},
		{"Trésorier : Paul Girard ; patiente : Sophie Girard ; notre site", Blocked, Personal, "name"},
		{"président Marc Duval, voir notre site, au RSA", Blocked, Personal, "name"},
		{"Paul Girard, notre trésorier, voir notre site, a 67 ans", Blocked, Personal, "name"},
	})
}

// The premises of a newsroom, rooms named after public figures; a
// person's name before « suite à », a note under a sheet's heading.
func TestPublicPlacesAndAuthors(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Our newsroom is at 12 rue Jean-Jaurès, 2nd floor, open to visitors Wednesdays 2-6pm.", OK, 0, ""},
		{"Knit and natter in the Florence Nightingale Lounge, Fridays 10-12.", OK, 0, ""},

		{"Il loue un studio au 12 rue Jean-Jaurès, 2e étage.", Blocked, Personal, "postal-address"},
		{"Call Emma Lane Studio for bookings.", Blocked, Personal, "name"},
		{"Conseils : mon fils est dyslexique", Blocked, Sensitive, "health"},
		{"Marie Dupont suite à sa demande d'aide alimentaire", Blocked, Personal, "name"},
		{"Fiche pratique : Benali, cancer", Blocked, Sensitive, "health"},
		{"fiche pratique : tonton, cancer", Blocked, Sensitive, "health"},
		{"fiche pratique : la victime, viol", Blocked, Sensitive, ""},
	})
}
