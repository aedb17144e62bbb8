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
		{"On vise 25 000 € de la Région, on se contentera de 18 000", Blocked, Sensitive, "negotiation"},
		{"Réservé au bureau : on quitte la fédération départementale l'an prochain", Blocked, Sensitive, "confidential"},
		{"Les adhésions en liquide ne sont pas toutes notées dans le registre", Blocked, Sensitive, "finance"},
		{"Offre déposée pour le marché d'entretien des espaces verts : 16 200 € HT", Blocked, Sensitive, "negotiation"},
		{"La donatrice ne veut pas que son legs soit mentionné à l'assemblée", Blocked, Sensitive, "confidential"},
		{"Deal with the bowls club: their votes for our candidate, our van for their trip", Blocked, Sensitive, "negotiation"},
		{"We could go as low as £40 an hour for the tutoring contract, but we open at 55", Blocked, Sensitive, "negotiation"},
		{"Le bureau a choisi le successeur du trésorier, ce n'est pas encore annoncé", Blocked, Sensitive, "hr"},
		{"The county is refusing to pay for the repairs it promised us", Blocked, Sensitive, "litigation"},
		{"We're £3k overdrawn since the festival", Blocked, Sensitive, "finance"},
		{"On va masquer les 4 000 € perdus sur le loto dans le compte rendu", Blocked, Sensitive, "finance"},
		{"On donnera le créneau du mardi à la chorale si elle vote notre motion", Blocked, Sensitive, "negotiation"},
		{"The sponsor will only fund us if we drop the night shelter", Blocked, Sensitive, "confidential"},
		{"L'école de musique nous doit 900 € de location, on va les mettre en demeure", Blocked, Sensitive, ""},
		{"Our coordinator's salary is £28,000, not for the newsletter", Blocked, Sensitive, "finance"},
		{"Le vendeur du minibus demande 18 000 €, on monte à 15 000 au plus", Blocked, Sensitive, "negotiation"},
		{"Le bureau ne reconduira pas la convention avec le club de rugby, on ne l'annonce pas avant juin", Blocked, Sensitive, ""},
		{"The regulator has opened an inquiry into our shop's takings", Blocked, Sensitive, "litigation"},
		{"La trésorière est suspendue en attendant les conclusions", Blocked, Sensitive, "hr"},
		{"The next treasurer will be the retired teacher, decided privately last night", Blocked, Sensitive, ""},
		{"Two of us are looking into missing raffle money, nobody else knows", Blocked, Sensitive, ""},
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
		{"Nous sommes heureux d'annoncer la fusion de nos deux clubs, approuvée en AG le 3 mars", OK, 0, ""},
		{"La fusion des deux sections, comme annoncé lors de l'AG, prend effet en janvier", OK, 0, ""},
	})
}
