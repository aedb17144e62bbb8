package classify

import "testing"

// Words of routine public life that looked like sensitive facts: an
// auditor presenting the accounts, a club named after its founder. An
// auditor's alert, a child's baptism, stay what they are.
func TestRoutinePublicWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le commissaire aux comptes présentera son rapport à l'AG", OK, 0, ""},
		{"Le commissaire aux comptes a déclenché une procédure d'alerte", Blocked, Sensitive, "finance"},
		{"La salle a été baptisée du nom d'une résistante du village", OK, 0, ""},
		{"Mon fils a été baptisé dimanche à Saint-Pierre", Blocked, Sensitive, "religion"},
	})
}
