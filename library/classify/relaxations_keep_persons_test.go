package classify

import "testing"

// What the relaxations of stop 43 let pass must not carry a person: a
// surname that is a venue's word after a civility, a person thanked for
// their own support, the writer's own case after a general question
// (« la mienne »), an English country said of the writer.
func TestRelaxationsKeepPersons(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Chapelle, 12 rue des Lilas, 69003 Lyon, sortie d'hôpital mardi", Blocked, Sensitive, "health"},
		{"Mme Maison, 7 rue Pasteur, 59000 Lille, veuve, 84 ans", Blocked, Personal, "name"},
		{"Merci à notre voisin pour son soutien à la campagne de Zemmour", Blocked, Sensitive, "politics"},
		{"Merci à ma fille pour son soutien à la campagne de la CGT", Blocked, Sensitive, ""},
		{"Comment se passe une audience au tribunal correctionnel ? La mienne est jeudi, pour violences.", Blocked, Sensitive, "criminal"},
		{"Comment se passe un entretien à l'OFPRA ? Le mien est le 3 juin.", Blocked, Sensitive, "origin"},
		{"How do you apply for asylum? I arrived from Eritrea last week.", Blocked, Sensitive, "origin"},
		{"Rendez-vous à la Maison des associations, 7 rue Pasteur.", OK, 0, ""},
		{"Comment se passe une audience au tribunal correctionnel ? Réponds pour notre fiche.", OK, 0, ""},
		{"What is the process for claiming asylum in the UK?", OK, 0, ""},
		{"Our partner charity runs schools in Eritrea and Sudan.", OK, 0, ""},
	})
}

// A second round on the same relaxations: a campaign backed by one
// person, one of the association's own in a general question, the
// writer's household (« la nôtre », "Mine is…"), a topic asked then a
// relative's case; an address at a household's or a practitioner's
// domain, after a first name or « Famille », a care home's room.
func TestRelaxationsKeepPersonsSecondRound(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Merci au pasteur pour son soutien à la campagne de Zemmour", Blocked, Sensitive, "politics"},
		{"Merci à notre voisin pour son don à la campagne de Mélenchon", Blocked, Sensitive, "politics"},
		{"Comment se passe une garde à vue pour un membre du bureau ?", Blocked, Sensitive, "criminal"},
		{"What benefits can a volunteer of the charity claim after being diagnosed with cancer last month?", Blocked, Sensitive, "health"},
		{"Comment se passe une audience devant le juge des enfants ? La nôtre est jeudi.", Blocked, Sensitive, ""},
		{"How does a Crown Court hearing go? Mine is on Thursday.", Blocked, Sensitive, "criminal"},
		{"Comment se passe une cure de désintox ? Mon mari y entre lundi.", Blocked, Sensitive, "health"},
		{"hello@jamesmiller.net", Blocked, Personal, "email"},
		{"lecture@cabinet-psy-durand.fr", Blocked, Personal, "email"},
		{"famille@lesdupont.fr, 03 88 12 45 67", Blocked, Personal, ""},
		{"Famille Maison, 27 avenue Jean Jaurès, 31000 Toulouse", Blocked, Personal, ""},
		{"EHPAD Les Tilleuls, 12 rue des Lilas, 69003 Lyon – chambre 214", Blocked, Personal, "postal-address"},
		{"SOS Racisme, je suis joignable au 01 45 67 89 12", Blocked, Personal, "phone"},
		{"La campagne de Zemmour a commencé à Villepinte.", OK, 0, ""},
		{"Merci à la mairie pour son soutien à la campagne de vaccination.", OK, 0, ""},
		{"Comment se passe une garde à vue pour un mineur ?", OK, 0, ""},
		{"How does a Crown Court hearing go?", OK, 0, ""},
		{"Écrire à inscriptions@trailducolombier.fr", OK, 0, ""},
		{"Bar Marcel, 8 place du Marché", OK, 0, ""},
	})
}

// A venue's name after a civility stays a venue's: the allow-list check
// tries its entries after « Mme » (rules_check.go), and « Salle Pasteur »
// or « Maison des associations » must remain allowable.
func TestCivilityBeforeAVenueName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Mme Salle Pasteur", OK, 0, ""},
		{"Mme Maison des associations", OK, 0, ""},
		{"Mme Maison viendra samedi.", Blocked, Personal, "name"},
	})
}
