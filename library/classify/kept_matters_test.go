package classify

import "testing"

// The association's matters told without a keyword: a vote bargained for,
// the price of its own bid, a quarrel with a funder or a landlord, a
// donor's private condition, a candidate not yet announced. Category 4,
// blocked; the same words in a public text pass.
func TestKeptMattersWithoutKeywordAreBlocked(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les délégués du club de tennis nous donnent leurs voix en échange d'un créneau le samedi", Blocked, Sensitive, "negotiation"},
		{"Avec les procurations promises par la section gym, la motion passe", Blocked, Sensitive, "negotiation"},
		{"They will back our motion in return for a seat on the committee", Blocked, Sensitive, "negotiation"},
		{"Pour le marché public du périscolaire, notre prix sera de 61 000 € TTC", Blocked, Sensitive, "negotiation"},
		{"Our quote for the council's cleaning tender: £18,400 a year", Blocked, Sensitive, "negotiation"},
		{"Le bailleur social refuse de rembourser les travaux qu'on a avancés", Blocked, Sensitive, "litigation"},
		{"La Région conteste notre bilan et menace de réduire l'aide", Blocked, Sensitive, "litigation"},
		{"Our supplier is threatening to cut us off over the unpaid invoice", Blocked, Sensitive, "litigation"},
		{"La donatrice exige que son legs serve uniquement au refuge", Blocked, Sensitive, "confidential"},
		{"The sponsor insists that his logo go on every shirt or he pulls out", Blocked, Sensitive, "confidential"},
		{"Pour la trésorerie, le candidat pressenti est l'ancien comptable, pas encore annoncé", Blocked, Sensitive, "hr"},
		{"Our pick for treasurer is the retired banker, keep it between us", Blocked, Sensitive, "hr"},
		{"Une enquête interne vise la gestion de la caisse du foyer", Blocked, Sensitive, "hr"},
		{"The board opened an internal investigation into the petty cash", Blocked, Sensitive, "hr"},
		{"La section foot prépare sa scission d'avec le club omnisports", Blocked, Sensitive, "merger"},
		{"Our youth wing wants to break away from the federation next spring", Blocked, Sensitive, "merger"},
		{"On a laissé croire au loueur de cars que la mairie paierait la moitié", Blocked, Sensitive, ""},
		{"We're quietly switching the catering to the other charity after Easter", Blocked, Sensitive, ""},
		{"Le syndic nous réclame 2 ans d'impayés de charges, on conteste tout", Blocked, Sensitive, "litigation"},
		{"Our landlord wants the arrears paid by Friday or he'll start proceedings", Blocked, Sensitive, ""},
		{"Le vrai montant des travaux, c'est 31 000 €, pas 25 000 comme annoncé aux financeurs", Blocked, Sensitive, "finance"},
		{"We sold the raffle at a loss of £900, not in the report of course", Blocked, Sensitive, ""},
		{"Les ventes de gâteaux en liquide, pas de reçu, servent aux petites dépenses", Blocked, Sensitive, "finance"},
		{"Si la section rando vote notre motion, on leur donne le minibus en juillet", Blocked, Sensitive, "negotiation"},
		{"Réponse à l'appel d'offres de la communauté de communes : on chiffre à 9 800 €", Blocked, Sensitive, "negotiation"},
		{"La fondation veut qu'on change le nom du projet avant de renouveler son aide", Blocked, Sensitive, "confidential"},
		{"Le bureau mène une enquête sur les absences du responsable de l'épicerie", Blocked, Sensitive, "hr"},
		{"Le vrai solde est de 2 300 €, ce que le tableau envoyé à la mairie ne montre pas", Blocked, Sensitive, "finance"},
	})
}

// Public texts of the same look: a vote's rules, a public tender notice,
// tax help for donors, a thanks to a sponsor, a workshop on contesting a
// decision, an open call for applications.
func TestPublicMattersOfTheSameLookPass(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Chaque adhérent à jour de cotisation dispose d'une voix à l'assemblée", OK, 0, ""},
		{"Each member may hold two proxies at the annual meeting", OK, 0, ""},
		{"La ville lance un appel d'offres pour la restauration scolaire, réponses avant le 2 mai", OK, 0, ""},
		{"Public tender: catering for the summer fair, deadline 30 June", OK, 0, ""},
		{"Un don de 100 € ne vous coûte que 34 € après réduction d'impôt, à condition de garder le reçu fiscal", OK, 0, ""},
		{"Un grand merci à notre mécène, la boulangerie du marché, pour les goûters", OK, 0, ""},
		{"Atelier : comment contester un refus de la CAF, ouvert à tous", OK, 0, ""},
		{"How to dispute a council decision: free session on Thursday", OK, 0, ""},
		{"Le propriétaire du gymnase nous prête la salle le dimanche", OK, 0, ""},
	})
}
