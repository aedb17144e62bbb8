package classify

import "testing"

// A residence permit or an asylum claim told as a procedure, of no one,
// informs; the state of one file, or someone's, stays sensitive.
func TestProcedureToldInGeneral(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le récépissé de demande de titre de séjour permet de travailler dans certains cas.", OK, 0, ""},
		{"The prefecture's website lists the documents needed for a residence permit.", OK, 0, ""},
		{"La demande d'asile se dépose au guichet unique de la préfecture.", OK, 0, ""},
		{"La demande d'asile est en cours.", Blocked, Sensitive, "origin"},
		{"Le titre de séjour expire en mars.", Blocked, Sensitive, "origin"},
		{"Son titre de séjour expire en mars.", Blocked, Sensitive, "origin"},
		{"Le dossier de naturalisation est complet.", Doubt, Sensitive, "origin"},
		{"L'AAH (allocation aux adultes handicapés) de Mme Diallo peut être demandée.", Blocked, Sensitive, "health"},
		{"L'AAH (allocation aux adultes handicapés) est refusée.", Doubt, Sensitive, "health"},
		{"La pension d'invalidité tombe le 9 du mois, donc le loyer sera payé le 10.", Doubt, Sensitive, "health"},
		{"L'allocation adulte handicapé arrive le 5, le loyer part le 6.", Doubt, Sensitive, "health"},
		{"Sa pension d'invalidité peut être demandée à la CPAM.", Blocked, Sensitive, "health"},
		{"La pension d'invalidité de M. Durand est suspendue.", Blocked, Sensitive, "health"},
	})
}

// A sentence that tells how a procedure is done (« se demande »,
// « s'obtient ») informs, even when the procedure is no document word;
// the same procedure of someone stays theirs.
func TestProcedureDoneImpersonally(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La RQTH se demande auprès de la MDPH.", OK, 0, ""},
		{"L'AAH s'obtient sur dossier auprès de la MDPH.", OK, 0, ""},
		{"Il se fait soigner pour une dépression.", Blocked, Sensitive, "health"},
		{"La RQTH de Mme Diallo se demande auprès de la MDPH.", Blocked, Sensitive, "health"},
		{"Sa RQTH se demande auprès de la MDPH.", Blocked, Sensitive, "health"},
		{"Rappel : le suivi psychiatrique se fait au CMP, le traitement se prend le soir.", Blocked, Sensitive, "health"},
		{"La RQTH se renouvelle cette année.", Doubt, Sensitive, "health"},
		{"Le suivi psychiatrique se fait au CMP, une fois par semaine.", Doubt, Sensitive, "health"},
	})
}
