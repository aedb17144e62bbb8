package classify

import "testing"

// « Régularisation » is also the adjustment of charges or of an account:
// alone it tells no one's residence status; said of a person it does.
func TestRegularisationTellsOriginOnlyOfAPerson(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Modèle de courrier : demande de régularisation des charges de copropriété.", OK, Public, ""},
		{"Atelier budget : comprendre la régularisation annuelle de votre facture d'énergie.", OK, Public, ""},
		{"M. Diallo attend sa régularisation depuis deux ans.", Blocked, Sensitive, ""},
		{"Dossier de régularisation de Mme Traoré à déposer en préfecture.", Blocked, Sensitive, ""},
	})
}
