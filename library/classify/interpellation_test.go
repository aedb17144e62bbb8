package classify

import "testing"

// « Interpeller » keeps its arrest in every voice. Three reviews found
// that an exception for a question put to an authority (« la députée a
// interpellé la ministre sur… ») let real arrests through (« nous avons
// appris que les enquêteurs ont interpellé le maire au sujet des marchés
// truqués ») and hid the facts its topic told; the political sense stays
// blocked, a known over-block.
func TestInterpellationOfAPersonStaysAnArrest(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les policiers ont interpellé Karim devant le local.", Blocked, Sensitive, "criminal"},
		{"Karim a été interpellé hier soir.", Blocked, Sensitive, "criminal"},
		{"Le maire a interpellé Karim.", Blocked, Sensitive, "criminal"},
		{"Les gendarmes ont interpellé le maire de Trifouilly.", Blocked, Sensitive, "criminal"},
		{"Marc, interpellé hier, a passé la nuit au poste.", Blocked, Sensitive, "criminal"},
		{"Nous avons appris que les enquêteurs ont interpellé le maire au sujet des marchés truqués.", Blocked, Sensitive, "criminal"},
		{"Ils ont interpellé le maire sur son lieu de travail.", Blocked, Sensitive, "criminal"},
	})
}

// Jehovah's Witnesses said by the capitalised plural alone are a
// religion; the witnesses of an accident in lower case are not.
func TestWitnessesCapitalisedAreAFaith(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Elle a rejoint les Témoins.", Blocked, Sensitive, "religion"},
		{"He joined the Witnesses last year.", Blocked, Sensitive, "religion"},
		{"Depuis qu'il fréquente les Témoins, il ne vient plus aux fêtes.", Blocked, Sensitive, "religion"},
	})
	runRuleCases(t, []ruleCase{
		{"Les Témoins viennent chaque samedi sonner aux portes de la résidence.", OK, 0, ""},
		{"Rubrique Témoins : deux voisins ont vu la scène.", OK, 0, ""},
	})
}

// Administrative detention is a migration status.
func TestImmigrationDetentionIsAStatus(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Moussa a été placé en rétention.", Blocked, Sensitive, "origin"},
		{"Nous avons écrit au préfet au sujet de Moussa, placé en rétention.", Blocked, Sensitive, "origin"},
	})
}
