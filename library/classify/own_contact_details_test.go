package classify

import "testing"

// The association's own premises, with their floor, staircase or door,
// and its own bank account said to be the association's, pass (issue 7,
// section 4); the same details of a member, a volunteer or a
// beneficiary stay blocked, with or without a name.
func TestOwnPremisesAndAccountPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Notre local est au 18 rue des Carmes, 1er étage, porte du fond.", OK, 0, ""},
		{"Le siège de l'association : 5 avenue Jean-Jaurès, bâtiment B, 69007 Lyon.", OK, 0, ""},
		{"Permanence juridique au local du collectif, 9 rue du Port, 3e étage, le jeudi de 14h à 17h.", OK, 0, ""},
		{"Local de l'amicale des pêcheurs : 22 quai de la Loire, escalier C, sonnez à « Amicale ».", OK, 0, ""},
		{"Our premises are at 6 rue Sainte-Catherine, first floor, door on the left.", OK, 0, ""},
		{"The club's registered office: 27 boulevard Gambetta, building A, 46000 Cahors.", OK, 0, ""},
		{"Nos locaux : 40 rue de Brest, 2e étage, interphone « Collectif ».", OK, 0, ""},
		{"Les cours de couture ont lieu au 14 rue des Tanneurs, 1er étage, porte de droite.", OK, 0, ""},
		{"The drop-in sessions take place at 6 rue Sainte-Catherine, first floor.", OK, 0, ""},
		{"Pour soutenir le club, virement sur le compte de l'association : IBAN FR14 2004 1010 0505 0001 3M02 606.", OK, 0, ""},
		{"IBAN de l'association pour les adhésions : FR14 2004 1010 0505 0001 3M02 606.", OK, 0, ""},
		{"Bank transfer to the association's account, IBAN GB33 BUKB 2020 1555 5555 55.", OK, 0, ""},
		{"Standing orders go to IBAN GB33 BUKB 2020 1555 5555 55 printed on the flyer (charity account).", OK, 0, ""},
		{"Cotisation par virement sur notre compte FR14 2004 1010 0505 0001 3M02 606, merci !", OK, 0, ""},
	})
}

func TestPersonsAddressAndAccountStayBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le nouveau bénévole loge au 5 avenue Jean-Jaurès, bâtiment B, 69007 Lyon.", Blocked, Personal, ""},
		{"Depuis le local, apporter les courses au monsieur âgé, 14 rue Pasteur, bât C, escalier 2.", Blocked, Personal, "postal-address"},
		{"Le local est fermé, le bénéficiaire attend au 9 rue du Port, 3e étage.", Blocked, Personal, ""},
		{"Après la permanence, livrer le colis à la famille du 9 rue du Port, 3e étage.", Blocked, 0, ""},
		{"Our volunteer lives at 6 rue Sainte-Catherine, first floor, door on the left.", Blocked, Personal, ""},
		{"Le soutien scolaire de Personne_001 a lieu au 14 rue des Tanneurs, 1er étage.", Blocked, Personal, "postal-address"},
		{"La réunion a lieu chez la trésorière, 14 rue des Tanneurs, 1er étage.", Blocked, Personal, ""},
		{"Local de l'amicale, mais le courrier pour M. Durand va chez lui au 22 quai de la Loire, escalier C.", Blocked, Personal, ""},
		{"Débit du compte de l'association, virement vers IBAN FR14 2004 1010 0505 0001 3M02 606 (compte du trésorier).", Blocked, Personal, "iban"},
		{"Virement du compte de l'association vers le compte de la présidente, IBAN FR14 2004 1010 0505 0001 3M02 606.", Blocked, Personal, "iban"},
		{"Transfer from our account to the chair's account, IBAN GB33 BUKB 2020 1555 5555 55.", Blocked, Personal, "iban"},
		{"Pay the volunteer's expenses from the club account to IBAN GB33 BUKB 2020 1555 5555 55, her personal account.", Blocked, Personal, "iban"},
		{"Rembourser la bénévole sur son compte, pas sur le compte de l'association : IBAN FR14 2004 1010 0505 0001 3M02 606.", Blocked, 0, "iban"},
		{"Compte de l'asso : IBAN FR14 2004 1010 0505 0001 3M02 606, au nom de Jean Moreau.", Blocked, Personal, ""},
		{"Compte perso du trésorier, pas celui du club : FR14 2004 1010 0505 0001 3M02 606.", Blocked, Personal, "iban"},
	})
}
