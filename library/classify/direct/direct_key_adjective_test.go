package direct

import "testing"

// « clé » after a plural noun is an adjective (key figures, key dates): a
// colon later in the sentence introduces figures, not a secret; a key
// after a determiner, a number or a punctuation mark is still a key.
func TestKeyAsAdjectiveIsNoCredential(t *testing.T) {
	checkNone(t, "credential", []string{
		"Chiffres clés du rapport d'activité 2024 (publié) : 340 familles, 52 bénévoles",
		"Les mots-clés de la campagne : solidarité, 2025, quartier",
		"Dates clés du projet jardin : 12 mars, 4 avril",
		"Les enjeux clés de l'AG 2026 : 3 votes",
	})
	checkDirect(t, []directCase{
		{"la clé du local : 4417", "credential", Blocked, "clé du local : 4417"},
		{"Les clés du local : 4417B", "credential", Blocked, "clés du local : 4417B"},
		{"Deux clés, code : 4417B", "credential", Blocked, "clés, code : 4417B"},
	})
}
