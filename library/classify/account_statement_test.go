package classify

import "testing"

// The lines of the association's account statement (« relevé octobre :
// entrée 15 000 €, sortie 6 730 €, solde 2 118 € », "bank statement: in
// 8,400 €, out 9,100 €, balance 1,250 €") are detailed finances nobody
// published: category 4. A published report, a price with its balance to
// pay, meter readings or an entry fee keep their verdict.
func TestAccountStatementLinesAreUnpublishedFinances(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Relevé octobre : entrée 15 000 € Fondation de France, sortie 6 730 € salaires, solde 2 118 €", Blocked, Sensitive, "finance"},
		{"Relevé de novembre : sorties 4 200 € (loyer + salaires), entrées 3 100 €, solde 640 €.", Blocked, Sensitive, "finance"},
		{"Bank statement for March: in 8,400 € from the council, out 9,100 €, balance 1,250 €.", Blocked, Sensitive, "finance"},
		{"Compte courant au 30 juin : crédit 12 000 € (subvention), débit 11 350 €, solde 980 €.", Blocked, Sensitive, "finance"},
		{"Statement: money out 2,300 £ this month, balance 415 £, the grant lands in May.", Blocked, Sensitive, "finance"},
		{"Extrait de compte : solde 3 210 €, dernière sortie 1 800 € pour le traiteur.", Blocked, Sensitive, "finance"},
		{"Bilan 2023 publié sur notre site : recettes 120 000 €, dépenses 118 000 €, solde 2 000 €.", OK, Public, ""},
		{"Séjour ski : 350 €, acompte 100 €, solde 250 € à régler avant le 1er mars.", OK, Public, ""},
		{"Relevé des compteurs : 1 234 kWh en janvier, 1 102 kWh en février.", OK, Public, ""},
		{"Entrée 5 €, gratuit pour les moins de 12 ans, buvette sur place.", OK, Public, ""},
		{"Envoyez-nous votre relevé d'identité bancaire pour le remboursement de 20 €.", OK, Public, ""},
		{"Gala tickets 30 €, 10 € in advance, balance of 20 € paid at the door.", OK, Public, ""},
	})
}
