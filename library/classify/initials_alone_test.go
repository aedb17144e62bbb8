package classify

import "testing"

// Initials alone, after a word that addresses someone, stand for a
// person; dotted acronyms (« S.M.S. », « C.V. ») do not.
func TestInitialsAloneWhereAPersonStands(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Rappel à B.L. pour le chèque de caution.", Blocked, Personal, "name"},
		{"Relancer G.H. pour la buvette de dimanche.", Blocked, Personal, "name"},
		{"Thanks to A.J. for the cakes.", Blocked, Personal, "name"},
		{"Remind T.K. about the membership fee.", Blocked, Personal, "name"},
		{"Envoyez votre C.V. avec une lettre de motivation.", OK, 0, ""},
		{"Le P.V. de l'AG est en ligne sur le site.", OK, 0, ""},
	})
}
