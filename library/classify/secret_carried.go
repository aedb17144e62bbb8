package classify

// A password is often asked for in one short sentence and given in the
// next: « Mdp oublié ? c tjs le meme : prénom du fils du trésorier +
// 1234 », "Wifi password? Same as last year: the dog's name twice". The
// question names the secret, the answer says how it is made up; together
// they give access as the password itself does (category 4).

// askedSecretTokens bounds the sentence that only names a password
// (« Mdp oublié ? », "Wifi password?").
const askedSecretTokens = 5

// noteSecretAsked remembers that a short sentence named a password, for
// the sentences after it in the same value.
func (a *analysis) noteSecretAsked(cs cueSet) {
	if !a.secretAsked && cs.has(cueSecretNoun) && len(a.s.Toks) <= askedSecretTokens {
		a.secretAsked = true
	}
}

// recipeGiven: a colon, an equals sign or a copula (« c'est », « = »)
// comes before how the secret is made up (« : prénom du fils + 1234 »).
func (a *analysis) recipeGiven() bool {
	toks := a.s.Toks
	for k := range toks {
		if toks[k].Sep == ':' || toks[k].Sep == '=' || secretCopulas[toks[k].Norm] {
			return a.cueWithin(cueRecipe, k, k+12)
		}
	}
	return false
}
