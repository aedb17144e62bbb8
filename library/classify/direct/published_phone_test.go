package direct

import "testing"

// A landline printed where the association publishes (its site, its
// press contact, beside its role address) is the association's; a mobile there stays a doubt, and
// a number said to be someone's home stays blocked.
func TestPublishedOfficeNumberIsTheAssociations(t *testing.T) {
	for _, tc := range []struct {
		text          string
		finding, hard bool // any phone finding; a blocked one
	}{
		{"Contact presse : 05 61 22 33 44, du lundi au jeudi.", false, false},
		{"Comme indiqué sur notre site, le 04 72 10 20 30 répond le matin.", false, false},
		{"The office line on our website is 01 44 55 66 77.", false, false},
		{"Contact presse : 06 12 34 56 78.", true, false},
		{"Contact presse : joindre Paul à son domicile au 05 61 22 33 44.", true, true},
		// an English charity's office, and « tel. » that does not end the sentence
		{"For bookings call our office on 020 7946 0958.", false, false},
		{"Our front desk: 0161 496 0752, weekdays 9 to 5.", false, false},
		{"Find us at 3 Mill Lane, Hebden Bridge, tel. 01422 845 000.", false, false},
		{"Accueil de la maison de quartier, tél. 04 78 12 34 56.", false, false},
		{"Her office number is 0161 496 0752.", true, true},
		{"Mme Vidal, tél. 04 78 12 34 56.", true, true},
		// a listening line, a branch, a school, a number printed on a leaflet; one person answering it stays a person
		{"Ligne d'accueil et d'écoute des parents : 05 56 10 20 30", false, false},
		{"SOS Solitude, 09 70 10 20 30, tous les soirs.", false, false},
		{"Délégation de la Gironde : 05 56 44 55 66", false, false},
		{"The number on our leaflets is 0113 496 0000.", false, false},
		{"Délégation de la Gironde, téléphone de la déléguée : 05 56 44 55 66", true, true},
		{"Écoute du soir, joignable au 05 56 10 20 30 : c'est Paul qui répond.", true, true},
		// beside the association's role address, or after « renseignements »
		{"Renseignements et inscriptions au 04 78 12 34 56 ou à contact@amicale-bron.fr.", false, false},
		{"Questions? Email info@library-pau.org or call 05 59 27 11 40.", false, false},
		{"Renseignements : 06 12 45 78 90.", true, false},
		{"Appeler Mme Duval au 04 78 12 34 56 ou contact@amicale.fr", true, true},
		{"Renseignements chez Mme Petit au 04 78 22 11 00.", true, true},
		{"If it's urgent ring my mum on 0161 496 0732 or email info@choir-leeds.org.uk.", true, true},
		{"Pour le chien, appelez ma mère au 04 78 56 12 90 ou écrivez à contact@spa-bron.fr.", true, true},
		{"Le 04 72 10 20 30 est le fixe de Mme Dupont, pour le reste écrire à info@chorale-lyon.fr.", true, true},
		{"Pour modifier son inscription, chaque adhérent appelle le 01 42 56 78 90 ou écrit à contact@amicale-lilas.fr.", false, false},
		{"Questions : 05 56 12 34 56, Bureau de Bègles, ou info@asso.fr.", false, false},
	} {
		finding, hard := false, false
		for _, f := range Find(tc.text) {
			if f.Rule == "phone" {
				finding, hard = true, hard || f.Verdict == Blocked
			}
		}
		if finding != tc.finding || hard != tc.hard {
			t.Errorf("%q: phone finding %v (blocked %v), want %v (%v)", tc.text, finding, hard, tc.finding, tc.hard)
		}
	}
}
