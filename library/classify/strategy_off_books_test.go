package classify

import "testing"

// Money the association says it keeps out of its accounts is its
// confidential strategy (strategy_off_books.go); a report's note, a
// deposit cheque, a question and a lesson are not.
func TestMoneyKeptOutOfTheAccounts(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les recettes du loto ne sont pas comptabilisées, on paie le DJ avec.", Blocked, Sensitive, "finance"},
		{"Le chèque de la pharmacie, on le met pas à la banque, il sert pour les goûters.", Blocked, Sensitive, "finance"},
		{"Nos ventes de crêpes restent en liquide, ça fait la cagnotte du bureau.", Blocked, Sensitive, "finance"},
		{"The takings from the tombola stay out of the books, we use them for the volunteers' dinner.", Blocked, Sensitive, "finance"},
		{"Les dons de la kermesse ne passeront pas en recette, nous les gardons pour les imprévus.", Blocked, Sensitive, "finance"},
	})
	for _, s := range []string{
		"Les dons en nature ne sont pas comptabilisés dans ce total.",
		"Les recettes de la buvette restent en liquide jusqu'au dépôt du lundi à la banque.",
		"Question du trésorier : les dons reçus en décembre mais pas comptabilisés avant le 31 vont-ils sur l'exercice suivant ?",
		"Le chèque de caution n'est pas à la banque, il vous sera rendu à la fin du séjour.",
		"Formation trésorerie : pourquoi une recette ne doit jamais rester en liquide dans une armoire.",
		"Gifts in kind are not in the books but are listed in our annual report.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}

// A bid price beside the provider it tries to beat, and a margin told
// as where we fall back to or what we may concede, are the association's
// position in a deal (kept_matters.go, strategy_margins.go: tender.txt,
// own_bid.txt, margin_words.txt); a public market with a price and a
// published figure are not.
func TestBidAndFallbackWords(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Pour le marché de la commune, prix final 23 € la séance, tu le gardes pour toi.", Blocked, Sensitive, "negotiation"},
		{"Repas des aînés : on chiffre à 6,20 € le plateau, 40 centimes sous le sortant.", Blocked, Sensitive, "negotiation"},
		{"We're going in at £18,500 for the council's play scheme, well under the incumbent.", Blocked, Sensitive, "negotiation"},
		{"Le bailleur demande 15 % de hausse, on propose 10 et on se rabat sur 12 s'il insiste.", Blocked, Sensitive, "negotiation"},
		{"Avec le syndicat, on peut concéder jusqu'à 3 % sur les primes.", Blocked, Sensitive, "negotiation"},
	})
	for _, s := range []string{
		"Le marché de la ville a lieu le samedi matin ; on y tient un stand, crêpes à 2 €.",
		"Le prestataire sortant a facturé 3 400 € en 2025, comme indiqué dans le rapport financier publié.",
		"Le marché de Noël revient : on met 3 € l'entrée, gratuit pour les enfants.",
	} {
		if r := rulesOnly().Classify(s); r.Verdict == Blocked {
			t.Errorf("%q: blocked as %v, want it to pass", s, describe(s, r))
		}
	}
}
