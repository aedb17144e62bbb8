package classify

import "testing"

// The police and court path told by what was done to a person: an act of
// the police in the passive or after « se faire », or the police as the
// agent, with a person as subject, is category 4. A thing that underwent
// the same act (a project or a match stopped, a parcel held at customs) and a workshop on what to do when arrested keep their
// verdict.
func TestPolicePathOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le fils de la gardienne a été arrêté hier soir pour un vol de scooter.", Blocked, Sensitive, "criminal"},
		{"Karim a encore été interpellé samedi, il ne viendra pas au foot.", Blocked, Sensitive, "criminal"},
		{"Mon voisin vient d'être relâché, personne ne sait ce qu'il a fait.", Blocked, Sensitive, "criminal"},
		{"La petite de Mme Roche s'est fait embarquer par les flics devant le collège.", Blocked, Sensitive, "criminal"},
		{"Le grand de Mme Aubert s'est fait serrer par les gendarmes samedi.", Blocked, Sensitive, "criminal"},
		{"Notre bénévole a été raccompagné par la police jusqu'à chez lui.", Blocked, Sensitive, "criminal"},
		{"Jason got busted outside the Lidl on Saturday.", Blocked, Sensitive, "criminal"},
		{"Our caretaker was picked up by police after the fight.", Blocked, Sensitive, "criminal"},
		{"Liam has been cuffed twice this year, his mum told us.", Blocked, Sensitive, "criminal"},
		{"Le projet de Julie a été arrêté faute de moyens.", Blocked, Personal, "name"},
		{"La distribution a été arrêtée à 18 h, il ne restait plus rien.", OK, Public, ""},
		{"Le match a été arrêté à la mi-temps à cause de la pluie.", OK, Public, ""},
		{"The parcel was detained at customs, so the raffle prizes are late.", OK, Public, ""},
		{"Atelier : que faire si vous êtes arrêté par la police ? Ouvert à tous.", OK, Public, ""},
	})
}
