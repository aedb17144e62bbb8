package classify

import "testing"

// A figure or a deal the sentence says must not be revealed to the other
// side, and money an officer is thought to have taken, are the
// association's confidential matters: category 4. A general rule of
// discretion stays ok.
func TestFiguresKeptFromTheOtherSideAndTakenMoneyAreConfidential(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Prix de revient du repas : 6,50 €, à ne pas révéler au comité des fêtes", Blocked, Sensitive, ""},
		{"On vend les tee-shirts 15 € alors qu'ils nous coûtent 4 €, ne pas dire aux parents", Blocked, Sensitive, ""},
		{"We pay the coach 300 € a session, don't reveal it to the other clubs", Blocked, Sensitive, ""},
		{"Le mécène ne doit pas savoir que la Région nous donne déjà 8 000 €", Blocked, Sensitive, ""},
		{"Money keeps disappearing from the bar float; we suspect the secretary has been taking it", Blocked, Sensitive, ""},
		{"On soupçonne la trésorière adjointe d'avoir pioché dans la caisse, elle a empoché 200 €", Blocked, Sensitive, ""},
		{"Rappel : les bénévoles ne révèlent jamais l'adresse du foyer", OK, 0, ""},
	})
}
