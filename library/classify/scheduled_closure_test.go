package classify

import "testing"

// A partner's closure dated or explained as a notice (a holiday, a
// month, « exceptionnelle », « pour congés ») is public; a closure told
// as trouble stays a doubt.
func TestScheduledClosureIsANotice(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Fermeture exceptionnelle du magasin partenaire le lundi de Pentecôte.", OK, 0, ""},
		{"Fermeture de la fédération pour congés d'été.", OK, 0, ""},
		{"Fermeture annuelle de l'épicerie solidaire du 4 au 18 août.", OK, 0, ""},
		{"Fermeture de l'épicerie solidaire : les bénévoles sont inquiets.", Doubt, 0, "partner"},
		{"Le supermarché partenaire parle de fermeture, on attend d'en savoir plus.", Doubt, 0, "partner"},
	})
}
