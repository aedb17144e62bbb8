package classify

import "testing"

// A password named in a short question and made up in the next sentence
// (« Mdp oublié ? c'est toujours le même : … ») is a credential; the same
// question answered by advice or an instruction to click passes.
func TestPasswordAskedThenGiven(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Le code du portail ? c'est l'année de naissance de la présidente", Blocked, Sensitive, "credential"},
		{"mdp du drive ?? tjs le meme = nom du chat suivi de 2019", Blocked, Sensitive, "credential"},
		{"Wifi password? It's the same as last year: our street name twice", Blocked, Sensitive, "credential"},
		{"Mot de passe oublié ? Demandez au secrétariat.", OK, 0, ""},
		{"Forgot your password? Click the link: the name of the site, then reset.", OK, 0, ""},
		{"Mot de passe ? Choisissez douze caractères avec un chiffre à la fin.", OK, 0, ""},
	})
}
