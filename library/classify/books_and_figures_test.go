package classify

import "testing"

// Pay without the social charges, figures made to look better for a
// funder, and real reserves beside the ones announced are the
// association's confidential finances; tyres, prices and a published
// report are not.
func TestOffTheBooksAndDressedUpFigures(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La femme de ménage est payée en liquide pour éviter les charges", Blocked, Sensitive, "finance"},
		{"We pay the cook cash in hand to avoid national insurance", Blocked, Sensitive, "finance"},
		{"Pour le Département on a gonflé le nombre d'ateliers : 40 au lieu de 25", Blocked, Sensitive, "finance"},
		{"We padded the volunteer hours in the report to the trust: 900 instead of 400", Blocked, Sensitive, "finance"},
		{"Réserves réelles : 6 000 €, pas les 20 000 du dossier", Blocked, Sensitive, "finance"},
		{"Les pneus des vélos sont gonflés à 3 bars avant la sortie", OK, 0, ""},
		{"Inflated prices at the market this summer: 3 € the kilo of tomatoes", OK, 0, ""},
		{"Paiement en liquide accepté à la buvette, reçu sur demande", OK, 0, ""},
	})
}
