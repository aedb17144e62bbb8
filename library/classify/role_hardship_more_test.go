package classify

import "testing"

// More of a person's own trouble (hardship.txt): over-indebtedness, a
// life on benefits or on little, a roof lost or borrowed, a home without
// heating, food aid asked for, a doping test failed, a burglary. Said of
// a role of the association, of a described person or of the winner of
// an event (role_fact.go eventWinner), it is their private life:
// blocked. The same words said of no one, of a public office, or of the
// winner with a public fact, pass.
func TestRoleHardshipMore(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La trésorière du club de judo est surendettée depuis son divorce.", Blocked, Personal, "indirect"},
		{"Le secrétaire du comité des fêtes est en plein surendettement.", Blocked, Personal, "indirect"},
		{"Notre animateur touche le RSA depuis l'été.", Blocked, Personal, "indirect"},
		{"Le président de la chorale vit du RSA depuis la fermeture de l'usine.", Blocked, Personal, "indirect"},
		{"The chair of the allotment society is sleeping in his car.", Blocked, Personal, "indirect"},
		{"Our caretaker has no heating this winter.", Blocked, Personal, "indirect"},
		{"The coach of the under-12s failed a drugs test.", Blocked, Personal, "indirect"},
		{"La gagnante du loto de Pâques a été interdite bancaire.", Blocked, Personal, "indirect"},
		{"Le vainqueur du cross des écoles a été contrôlé positif.", Blocked, Personal, "indirect"},
		{"The winner of the Christmas raffle got kicked out by his wife.", Blocked, Personal, "indirect"},
		{"Atelier budget : comment éviter le surendettement, jeudi à la médiathèque.", OK, 0, ""},
		{"La distribution de colis alimentaires a lieu le mardi au local.", OK, 0, ""},
		{"La gagnante du concours de pâtisserie recevra un panier garni.", OK, 0, ""},
		{"Le vainqueur du semi-marathon sera récompensé à midi sur le podium.", OK, 0, ""},
		{"Permanence sur le surendettement avec une conseillère de la CAF, jeudi 14 h.", OK, 0, ""},
	})
}

// A benefit received — free school meals, housing benefit, a social
// price at the canteen — is the situation of the person pointed at; the
// benefit named for anyone passes.
func TestBenefitReceivedBySomeone(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"The boy with the red bike gets free school meals.", Blocked, Personal, "indirect"},
		{"Le petit du 2e a la cantine gratuite.", Blocked, Personal, "indirect"},
		{"Our treasurer is on housing benefit.", Blocked, Personal, "indirect"},
		{"Free school meals: apply online before 30 September.", OK, 0, ""},
		{"Atelier : comment demander la prime d'activité.", OK, 0, ""},
	})
}
