package classify

import "testing"

// The read-only review of stop 43 found these leaks in the session's own
// relaxations; each stays blocked.
func TestReviewOfStop43Leaks(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La victime a appelé SOS Femmes, la rappeler au 04 78 12 34 56", Blocked, Personal, "phone"},
		{"Son adresse mail c'est minou@skynet.be", Blocked, Personal, "email"},
		{"Mon adresse perso : papillon@quartier-libre.org", Blocked, Personal, "email"},
		{"Écrire à adoption.jdupont@refuge-des-collines.fr", Blocked, Personal, "email"},
		{"La victime, joignable à papillon@quartier-libre.org ou au 04 78 12 34 56", Blocked, Personal, ""},
		{"M. Temple Jean, 12 rue des Lilas, 69003 Lyon", Blocked, 0, ""},
		{"Mme Chapelle Sylvie, 12 rue des Lilas, 69003 Lyon", Blocked, Personal, ""},
		{"Reçu fiscal : 12 rue des Lilas, 69003 Lyon, au-dessus du bar", Blocked, Personal, "postal-address"},
		{"Comment se passe une audience au tribunal correctionnel ? La sienne est jeudi.", Blocked, Sensitive, "criminal"},
		{"How does a Crown Court hearing go? Hers is on Thursday.", Blocked, Sensitive, "criminal"},
		{"Merci au boulanger pour son soutien à Éric Ciotti.", Blocked, Sensitive, "politics"},
		{"Un membre de l'équipe séropositif doit-il le dire à l'assurance ?", Blocked, Sensitive, "health"},
		{"Merci à notre voisin pour son soutien actif à la campagne de Zemmour", Blocked, Sensitive, "politics"},
		{"L'ado de l'atelier slam a avalé des cachets ce week-end.", Blocked, Sensitive, "health"},
		{"Depuis le mois de mars, je suis interdit bancaire, je paierai en liquide.", Blocked, Personal, "indirect"},
		{"Ma voisine va être expulsée de son logement lundi.", Blocked, Personal, "indirect"},
		{"contact@psydurand.fr", Blocked, Personal, "email"},
		{"contact@themartins.net", Blocked, Personal, "email"},
		{"Merci à la Fondation de France pour son don à la campagne contre le cancer du sein.", OK, 0, ""},
		{"Renseignements au 04 78 12 34 56 ou à contact@amicale-bron.fr", OK, 0, ""},
	})
}

// The long name of the Aide sociale à l'enfance says the same as « l'ASE »
// (false-alarm helper's look-alike, stop 43); a public of families stays
// a public.
func TestChildProtectionLongName(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Au club de boxe, sur les 3 filles de l'équipe cadette, 2 sont suivies par l'aide sociale à l'enfance.", Blocked, Sensitive, "child-protection"},
		{"Les familles suivies par l'aide sociale à l'enfance peuvent demander une aide aux vacances.", OK, 0, ""},
	})
}
