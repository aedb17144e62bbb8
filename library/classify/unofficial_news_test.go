package classify

import "testing"

// A matter the sentence itself says is not settled, signed or approved
// yet, a board meeting held in private or in haste, figures that differ
// from the forecast, a registered letter, or a person's trouble hinted
// at without naming it: none of it is public yet, so doubt. The same
// words in an announcement to the public stay ok.
func TestMatterSaidNotOfficialYetIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nouveau créneau de piscine pour le club le jeudi, rien d'officiel pour l'instant", Doubt, 0, ""},
		{"Le nouveau local rue des Tanneurs : rien n'est signé, on en reparle", Doubt, 0, ""},
		{"Le budget 2026 n'est pas encore voté par le conseil d'administration", Doubt, 0, ""},
		{"New Thursday slot at the pool for the club, nothing official", Doubt, 0, ""},
		{"Draft budget for next season, to be checked by the treasurer", Doubt, 0, ""},
		{"Le CA s'est réuni à huis clos mardi", Doubt, 0, ""},
		{"The committee held an emergency meeting on Sunday", Doubt, 0, ""},
		{"La kermesse a rapporté moins que prévu, on refait les comptes", Doubt, 0, ""},
		{"Nous avons reçu une lettre recommandée du bailleur ce matin", Doubt, 0, ""},
		{"On fait attention avec qui vous savez, la semaine a été dure", Doubt, 0, ""},
		{"One of our cooks is having a tough time at the moment, be kind", Doubt, 0, ""},
		{"Réunion jeudi pour parler « du souci avec » un bénévole", Doubt, 0, ""},
		{"Quick chat after training about the problem with one of the coaches", Doubt, 0, ""},
		{"Le rapport d'activité 2025 n'est pas encore validé par le CA", Doubt, 0, ""},
		{"Our annual report for 2025, not yet approved by the trustees", Doubt, 0, ""},
		{"Notre rapport annuel est en ligne sur notre site", OK, 0, ""},
		{"Venez nombreux à l'assemblée générale du 12 juin, ouverte à tous", OK, 0, ""},
		{"Le calendrier des matchs est officiel, retrouvez-le sur notre site", OK, 0, ""},
		{"Draft beer and crisps at the bar after the match", OK, 0, ""},
	})
}

// A partner that may take over one of our activities is unsettled news.
func TestActivityAPartnerMayTakeOverIsDoubt(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La maison de quartier pourrait reprendre notre atelier couture l'an prochain", Doubt, 0, ""},
		{"Le centre social va peut-être reprendre nos cours de FLE en septembre", Doubt, 0, ""},
		{"Reprise des entraînements le 2 septembre, venez nombreux", OK, 0, ""},
	})
}
