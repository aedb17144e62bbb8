package classify

import "testing"

// Where to pay or to give is public: a transfer to the association's
// account, its IBAN in an appeal that thanks donors. A person's account,
// a balance or expenses stay finance.
func TestHowToPayTheAssociationPasses(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Versez votre adhésion par virement sur le compte de l'amicale", OK, 0, ""},
		{"Le règlement du séjour se fait sur le compte de l'association, avant le 15 juin", OK, 0, ""},
		{"Vos dons peuvent être faits par virement sur notre compte", OK, 0, ""},
		{"Membership fees are paid by transfer to the club's account", OK, 0, ""},
		{"Soutenez la ludothèque : FR76 3000 6000 0112 3456 7890 189, merci de vos dons !", OK, 0, ""},
		{"Il reste 312 € sur le compte de l'association", Blocked, Sensitive, "finance"},
		{"Le trésorier a fait un virement sur le compte de sa sœur", Blocked, Sensitive, "finance"},
		{"Virement du remboursement sur le compte de Mme Leclerc", Blocked, 0, ""},
		{"Les dons de la buvette, on ne les déclare pas", Blocked, Sensitive, "finance"},
	})
}
