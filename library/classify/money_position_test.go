package classify

import "testing"

// The association's own money position told without a keyword — the
// price it offers to buy a building, a sum a funder still owes it, what a
// service really costs it against what it charges, how far it gives way
// to a partner, its public support traded for a favour — is category 4,
// blocked. A published cost, a lesson on how to compute one, a discount
// offered to the public and a public stand keep their verdict.
func TestMoneyPositionInADealIsBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On a fait une offre d'achat à 95 000 € pour le terrain derrière le stade.", Blocked, Sensitive, ""},
		{"We made an offer to buy the old chapel for £240,000 last week.", Blocked, Sensitive, ""},
		{"La mairie nous doit 3 800 € de location de salle depuis juin.", Blocked, Sensitive, ""},
		{"Le prix de revient d'un panier est de 7 €, on le vend 12 € aux comités d'entreprise.", Blocked, Sensitive, ""},
		{"Avec le bailleur on accepte jusqu'à 10 % de hausse si le contrat dure six ans.", Blocked, Sensitive, ""},
		{"With the supermarket we'd accept up to 20 % fewer pallets if they keep the Friday pickup.", Blocked, Sensitive, ""},
		{"Le député nous prête le minibus si on soutient publiquement sa candidature aux législatives.", Blocked, Sensitive, ""},
		{"Le coût d'un repas est de 4 €, indiqué dans notre rapport annuel en ligne.", OK, Public, ""},
		{"Nous vous devons encore une réponse sur la date du tournoi.", OK, Public, ""},
		{"Atelier : comment calculer le prix de revient d'un repas pour une cantine associative.", OK, Public, ""},
		{"Les familles nombreuses bénéficient de 20 % de réduction sur l'adhésion.", OK, Public, ""},
		{"Offre spéciale : l'adhésion passe à 15 € jusqu'au 31 mars, venez nombreux !", OK, Public, ""},
		{"Le club offre à chaque enfant un maillot d'une valeur de 25 €.", OK, Public, ""},
		{"Nous soutenons publiquement la pétition contre la fermeture de la maternité.", OK, Public, ""},
		{"You can get up to 30 % off the membership if you join before March.", OK, Public, ""},
	})
}
