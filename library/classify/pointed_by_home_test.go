package classify

import "testing"

// One person pointed at by where they live (« le monsieur qui vit dans sa
// camionnette », "the man who lives in the caravan") or by the one main
// street of a village (« la coiffeuse de la grand-rue »): blocked, as
// « qui habite » was. Shops, markets and rules for whoever fits keep
// their verdict.
func TestPersonPointedByHome(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le monsieur qui vit dans sa camionnette sur le parking du stade", Blocked, Personal, "indirect"},
		{"La dame qui vit au-dessus du tabac a encore appelé.", Blocked, Personal, "indirect"},
		{"Le jeune qui loge chez sa tante depuis la rentrée", Blocked, Personal, "indirect"},
		{"The man who lives in the caravan behind the football ground", Blocked, Personal, "indirect"},
		{"La coiffeuse de la grand-rue nous a demandé de ne pas citer son nom", Blocked, Personal, "indirect"},
		{"Le cordonnier de la grande rue garde nos clés le week-end", Blocked, Personal, "indirect"},
		{"La vieille dame qui vivait seule au bout du chemin", Blocked, Personal, "indirect"},
		{"Le gars qui habitait la caravane près du lavoir", Blocked, Personal, "indirect"},
		// look-alikes
		{"La boulangerie de la grand-rue ouvre le dimanche matin.", OK, Public, ""},
		{"Le marché de la grand-rue a lieu tous les samedis.", OK, Public, ""},
		{"Toute personne qui vit seule peut s'inscrire au repas des aînés.", OK, Public, ""},
		{"Shops on the high street will close early on Christmas Eve.", OK, Public, ""},
		{"Un enfant qui vit dans un foyer peut demander une aide de la CAF.", OK, Public, ""},
	})
}
