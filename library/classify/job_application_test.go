package classify

import "testing"

// « Candidature » in a job offer applies for the job; a recruitment told
// from inside, or an application for money, keeps its doubt.
func TestJobApplication(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Offre relayée : agent d'entretien H/F, CDI 35h à Villeurbanne, candidature via l'offre publique France Travail.", OK, 0, ""},
		{"Nous recrutons un animateur jeunesse : candidature avant le 15 mars à contact@asso.fr.", OK, 0, ""},
		{"Aucune candidature pour le poste d'animateur depuis février.", Doubt, Sensitive, "grant"},
		{"Nous recrutons : la candidature de l'actuelle stagiaire est écartée pour raisons de santé.", Doubt, Sensitive, "grant"},
		{"Offre de la Fondation de France : on prépare notre candidature.", Doubt, Sensitive, "grant"},
		{"Nous préparons la candidature à l'offre de la Région pour financer un poste.", Doubt, Sensitive, "grant"},
	})
}

// A year followed by a comma dates a rule; it does not count the people
// after it. A count that starts a sentence stays a count.
func TestYearIsNoCount(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rappel : depuis le 1er janvier 2025, les inscrits à France Travail signent un contrat d'engagement avec 15 heures d'activité par semaine.", OK, 0, ""},
		{"En 2025, 40 familles par mois en moyenne.", Doubt, Personal, "aggregate"},
		{"2025 familles par an.", Doubt, Personal, "aggregate"},
		{"En 2025 - deux familles hébergées par mois.", Doubt, Personal, "aggregate"},
	})
}
