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
