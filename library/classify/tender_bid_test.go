package classify

import "testing"

// Our price in a tender, or what the other bidders ask, is confidential
// until the contract is awarded; a published notice of a tender, a
// public price or a consultation of the residents is not.
func TestOfferInATender(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Réponse à l'appel d'offres de la métropole : on propose 18 €/heure d'intervention.", Blocked, Sensitive, "negotiation"},
		{"Pour le marché public de la ville, notre offre est à 31 € l'heure, le concurrent serait à 35 €.", Blocked, Sensitive, "negotiation"},
		{"For the council tender we bid £19 an hour; the other bidder is at £23.", Blocked, Sensitive, "negotiation"},
		{"Our bid for the lunch contract is £3.10 a meal.", Blocked, Sensitive, "negotiation"},
		{"Appel d'offres de la ville : budget de 50 000 €, candidatures avant le 30 juin.", OK, 0, ""},
		{"Le marché public de la cantine est attribué, tarif public 3,90 € le repas.", OK, 0, ""},
		{"Tender notice: the council invites bids for the park café, budget £40,000, deadline 30 June.", OK, 0, ""},
	})
}
