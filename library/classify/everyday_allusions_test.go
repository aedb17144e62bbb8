package classify

import "testing"

// Special categories told by allusion, in the words of those around the
// person: a memory that fails, a walking frame, a refusal « pour raisons
// religieuses », selling sex, being drunk again, Thursdays spent at the
// union's premises. The same words in a public notice pass.
func TestEverydayAllusionsToSpecialCategories(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Depuis l'été, M. Garnier perd un peu la tête, sa fille s'inquiète.", Blocked, Sensitive, "health"},
		{"Our neighbour Mr Ross is losing his memory and got lost twice.", Blocked, Sensitive, "health"},
		{"Mme Dubois se déplace avec un déambulateur depuis sa chute.", Blocked, Sensitive, "health"},
		{"Ask Jean if his mobility scooter fits in the van.", Blocked, Sensitive, "health"},
		{"Le fils de Mme Roy refuse les transfusions pour raisons religieuses.", Blocked, Sensitive, "religion"},
		{"Priya won't eat with us for religious reasons.", Blocked, Sensitive, "religion"},
		{"La voisine du 3e se prostitue pour payer son loyer.", Blocked, Sensitive, "sexuality"},
		{"He sells sex near the station to get by.", Blocked, Sensitive, "sexuality"},
		{"Le concierge était encore ivre hier soir au local.", Blocked, Sensitive, "health"},
		{"Our caretaker was drunk again on Saturday.", Blocked, Sensitive, "health"},
		{"Il passe tous ses jeudis à la Bourse du travail.", Blocked, Sensitive, "union"},
		{"Tom goes to the union branch every Tuesday night.", Blocked, Sensitive, "union"},
		{"Conférence à la Bourse du travail : l'histoire du 1er mai, entrée libre.", OK, 0, ""},
		{"Don du sang : une transfusion sauve des vies, venez samedi.", OK, 0, ""},
		{"Atelier mémoire pour les seniors qui ont peur de perdre la tête, ouvert à tous.", OK, 0, ""},
	})
}
