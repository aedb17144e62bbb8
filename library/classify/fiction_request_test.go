package classify

import "testing"

// A story asked for is a tale: its character named in the request, the
// dark it fears and « une histoire avec » are no one's. A real child in
// the request, or an affair told as news, still is someone's.
func TestStoryAskedForIsATale(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Écris une histoire avec un personnage nommé Léo, 8 ans, qui a peur du noir.", OK, 0, ""},
		{"Invente un conte avec un héros nommé Tom et un dragon qui a peur du noir.", OK, 0, ""},
		{"Write a story about a character named Tom who is afraid of the dark.", OK, 0, ""},
		{"Écris une histoire pour l'anniversaire de Léo Martin, qui est diabétique.", Blocked, Sensitive, "health"},
		{"Mamadou, le noir du 3e, est passé hier.", Blocked, Sensitive, "origin"},
		{"Kenji est japonais et cherche un logement.", Blocked, Sensitive, "origin"},
		{"Il paraît que le trésorier a une histoire avec la secrétaire.", Doubt, 0, "vague"},
	})
}
