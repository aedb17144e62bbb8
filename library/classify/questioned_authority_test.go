package classify

import "testing"

// An association or an elected person who questions an authority in
// public (« interpeller » in the active voice, an authority as object)
// tells no arrest.
func TestAuthorityQuestionedIsNoArrest(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Nous avons interpellé le bailleur sur les infiltrations.", OK, 0, ""},
		{"L'amicale a interpellé la mairie au sujet de l'éclairage du parking.", OK, 0, ""},
		{"Les habitants ont déjà interpellé les élus sur la fermeture du bureau de poste.", OK, 0, ""},
		{"Nous avons interpellé le maire sur la sécurité du quartier.", OK, 0, ""},
	})
}

// The arrest keeps its category 4 in the passive, with a person as
// object, or when the police act.
func TestInterpellationOfAPersonStaysAnArrest(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Les policiers ont interpellé Karim devant le local.", Blocked, Sensitive, "criminal"},
		{"Karim a été interpellé hier soir.", Blocked, Sensitive, "criminal"},
		{"Le maire a interpellé Karim.", Blocked, Sensitive, "criminal"},
		{"Les gendarmes ont interpellé le maire de Trifouilly.", Blocked, Sensitive, "criminal"},
		{"Marc, interpellé hier, a passé la nuit au poste.", Blocked, Sensitive, "criminal"},
		{"Les CRS ont interpellé le maire adjoint à la sortie du conseil.", Blocked, Sensitive, "criminal"},
		{"Ils ont interpellé le maire de Saint-Denis-les-Bois pour corruption.", Blocked, Sensitive, "criminal"},
		{"Les agents ont interpellé le maire sur le parking.", Blocked, Sensitive, "criminal"},
		{"Les agents ont interpellé le maire sur l'autoroute.", Blocked, Sensitive, "criminal"},
		{"La patrouille a interpellé le maire en état d'ébriété.", Blocked, Sensitive, "criminal"},
		{"Ils ont interpellé le maire sur son lieu de travail.", Blocked, Sensitive, "criminal"},
		{"Ils ont interpellé le préfet sur ordre du procureur, menottes aux poignets.", Blocked, Sensitive, "criminal"},
		{"Ils ont interpellé l'élu sur une aire de repos de l'A7.", Blocked, Sensitive, "criminal"},
		{"Nous avons interpellé le préfet au sujet de Moussa, placé en rétention.", Blocked, Sensitive, ""},
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
