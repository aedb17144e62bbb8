package classify

import "testing"

// One sum of money with a word of margin and its limit is the
// association's negotiating position; a dispute told by what the other
// side does to us is litigation (dispute_terms.txt). A target without
// money, « pas plus » inside a clause, and a workshop on small claims
// keep their verdict.
func TestOneMarginAndDisputesWithoutKeyword(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"On peut lâcher 5 % sur le loyer si la mairie insiste, pas plus.", Blocked, Sensitive, "negotiation"},
		{"We can go up to 900 euros for the van, no more.", Blocked, Sensitive, "negotiation"},
		{"Le fournisseur nous poursuit pour les factures impayées, l'audience est le 12.", Blocked, Sensitive, "litigation"},
		{"The caterer is taking us to court for the unpaid invoice.", Blocked, Sensitive, "litigation"},
		{"Pour la sortie, on vise 30 inscrits maximum.", OK, Public, ""},
		{"On vise 500 € de recettes à la brocante, pas plus réaliste.", OK, Public, ""},
		{"Conference on small claims court procedures for tenants, free entry.", OK, Public, ""},
	})
}
