package classify

// A password's value is often given by a copula far from its noun, the
// noun's complement in between (« Le mot de passe du compte bancaire en
// ligne de l'asso est Colibri!2026 », « Le code secret pour retirer au
// distributeur avec la carte de l'asso, c'est 8163 »): the byte scanner
// reads seven words after the noun, the sentence reads the noun's whole
// reach (secretValueReach). A copula (secret_copulas.txt) right before a
// value with a secret's shape, or before a code that ends its clause,
// gives it; the guards of addSecret (advice, a public addressed, a
// question of procedure) still hold.

// secretAfterCopula: a value that looks like a secret, or a code that
// ends its clause, follows a copula, and a password word that is no
// public code and no advice stands within its reach before the copula.
func (a *analysis) secretAfterCopula() bool {
	toks := a.s.Toks
	for k := 1; k < len(toks); k++ {
		if !secretCopulas[toks[k-1].Norm] || toks[k].Sep != 0 {
			continue
		}
		v := a.valueField(k)
		secret := looksLikeSecretValue(v) && !monthIn(v)
		code := gateCode(v) && a.clauseEndsAfter(k) && !a.currencyAfter(k)
		if (secret || code) && a.secretNounBefore(k-1) {
			return true
		}
	}
	return false
}

// directCredential: the byte scanner already found a credential in the
// sentence; the sentence's reading adds nothing to it.
func (a *analysis) directCredential() bool {
	for _, f := range a.sdirect {
		if f.Rule == ruleCredential.String() {
			return true
		}
	}
	return false
}
