package classify

import "testing"

// A sentence that defines a thing, not a person, holds its terms as
// topics; a person said to be a kind of offender or patient stays one.
func TestDefinitionOfAThingHoldsTopics(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le travail d'intérêt général est une peine alternative à la prison, effectuée dans des associations partenaires.", OK, 0, ""},
		{"Community service is a sentence served in partner charities instead of prison.", OK, 0, ""},
		{"La chorée de Huntington est une maladie génétique rare.", OK, 0, ""},

		{"Le fils de Paul est un délinquant qui sort de prison.", Blocked, Sensitive, "criminal"},
		{"Mon voisin est un malade du sida.", Blocked, Sensitive, "health"},
		{"Le nouveau est un ancien détenu.", Blocked, Sensitive, "criminal"},
		{"Le gars du 3e est un toxico.", Blocked, Sensitive, "health"},
		{"Sa dépression est une maladie, pas un manque de volonté.", Blocked, Sensitive, "health"},
		{"His cancer is one of the rarest.", Blocked, Sensitive, "health"},
		{"There is a heroin addiction; methadone follow-up is in place.", Blocked, Sensitive, "health"},
		{"Il y a une addiction à l'héroïne, suivi CSAPA en place.", Blocked, Sensitive, "health"},
	})
}
