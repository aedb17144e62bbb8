package classify

import "testing"

// A special-category term that describes a public in the plural
// (« proches de malades d'Alzheimer », "carers of people with
// dementia") is about that public, not about the facilitator the
// sentence names by a role; one person of that public, a counted few, a
// name or a verb that tells a fact stay a person's fact.
func TestIllnessOfAPublicIsNotTheFacilitators(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Groupe de parole pour les proches de malades de Parkinson, le premier lundi du mois, animé par une infirmière, gratuit.", OK, 0, ""},
		{"Café des aidants : échanges entre proches de personnes atteintes de sclérose en plaques, animé par une psychologue.", OK, 0, ""},
		{"Atelier mémoire pour les personnes vivant avec la maladie d'Alzheimer, animé par une neuropsychologue.", OK, 0, ""},
		{"Sortie au musée pour les malades d'Alzheimer et leurs aidants, accompagnée par une animatrice.", OK, 0, ""},
		{"Support group for families of people with dementia, led by a nurse, first Monday of the month.", OK, 0, ""},
		{"Drop-in for carers of people living with Parkinson's, hosted by a volunteer who knows the ropes.", OK, 0, ""},
		{"Rencontre des parents d'enfants autistes avec une éducatrice spécialisée, entrée libre.", OK, 0, ""},
	})
}

func TestIllnessOfOnePersonNearAPublicStaysSensitive(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"La psychologue qui anime le groupe des familles de malades d'Alzheimer a elle-même un cancer.", Blocked, Sensitive, "health"},
		{"Mme Garnier anime le groupe pour les proches de malades de Parkinson depuis le diagnostic de son mari.", Blocked, Sensitive, ""},
		{"A nurse told us her parents are living with dementia.", Blocked, Sensitive, "health"},
		{"Le plus jeune des patients atteints du VIH vient seul à la permanence du mardi.", Blocked, Sensitive, "health"},
		{"Une des familles de malades d'Alzheimer nous a écrit, elle est épuisée.", Blocked, Sensitive, ""},
		{"One of the carers of people with dementia told us she is on antidepressants.", Blocked, Sensitive, "health"},
		{"L'entraîneur des cadets a une liaison avec la mère d'un joueur.", Blocked, Sensitive, "sexuality"},
		{"Le gardien de but des vétérans a été opéré du genou, indisponible trois mois.", Blocked, Sensitive, "health"},
	})
}
