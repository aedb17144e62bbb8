package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Secrets written without the shape the byte scanner knows (issue 7,
// section 4): a password told as a recipe (« le mot de passe c'est le nom
// du chien suivi de 2024 »), its hint, where the spare key is hidden, the
// combination of a key box or a padlock. Each gives access as the secret
// itself does: category 4, blocked.

// notHidingPlaces follow a hiding word in an idiom, not a place: « mettre
// la clé sous la porte » closes an association down.
var notHidingPlaces = lexicon.Words(lexicon.Data, "not_hiding_places")

// secretCopulas give a secret its value: « le mot de passe c'est… ».
var secretCopulas = lexicon.Words(lexicon.Data, "secret_copulas")

// secretAdvice after a password word makes the sentence advice.
var secretAdvice = lexicon.Words(lexicon.Data, "secret_advice")

// findSecretWords blocks a secret told in words: a recipe, a hint, a
// hiding place, a combination.
func (a *analysis) findSecretWords(cs cueSet) {
	a.addSecret(a.secretShape(cs))
}

// addSecret blocks the sentence for the secret that reason tells, unless
// reason is empty or the sentence speaks to a public, in general, or
// asks about a procedure: advice about passwords, not a password. Both
// ways of telling a secret read it (secret_hints.go).
func (a *analysis) addSecret(reason string) {
	if reason == "" || a.addressesPublic() || a.sentenceGeneric() || a.howToQuestion() {
		return
	}
	a.addAs(ruleCredential, Blocked, 0, len(a.s.Toks), reason)
}

// secretShape returns the reason of the first shape of a secret the
// sentence holds, or "": the shapes are read before the guards, which
// walk the sentence.
func (a *analysis) secretShape(cs cueSet) string {
	switch {
	case cs.has(cueSecretNoun, cueRecipe) && a.secretTold():
		return i18n.T("mot de passe décrit en toutes lettres", "password told in words")
	case a.secretAsked && cs.has(cueRecipe) && a.recipeGiven(): // secret_carried.go
		return i18n.T("indice d’un mot de passe", "password hint")
	case cs.has(cueHint, cueSecretNoun) && a.tokensAfterCue(cueSecretNoun) >= 3:
		return i18n.T("indice d’un mot de passe", "password hint")
	case cs.has(cueHiding) && (cs.has(cueKey) || cs.has(cueSecretNoun)) && a.keyHidden():
		return i18n.T("cachette d’une clé ou d’un mot de passe", "where a key or a password is hidden")
	case cs.has(cueLock) && a.codeAfter(cueLock, 8):
		return i18n.T("combinaison d’une boîte à clés ou d’un cadenas", "combination of a key box or a padlock")
	case cs.has(cueOTP) && a.codeAfter(cueOTP, 16):
		return i18n.T("code de connexion à usage unique", "one-time login code")
	case cs.has(cueSeed) && a.wordsAfterColon(cueSeed) >= 6:
		return i18n.T("phrase de récupération d’un compte", "recovery phrase of an account")
	case cs.has(cueCredential) && a.digits && a.loginThenSecret():
		return i18n.T("identifiant et mot de passe", "login and password")
	case cs.has(cueSecretNoun) && a.barePassword(): // bare_password.go
		return i18n.T("mot de passe donné après son nom", "password given after its name")
	}
	return ""
}

// secretTold: a password word is given its value (a colon or « c'est »
// a few words after it) and how the value is made up follows (« le nom du
// chien suivi de 2024 »): advice (« use three words followed by a
// number ») gives no value.
func (a *analysis) secretTold() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueSecretNoun) || publicCode(toks, h.i, h.j) {
			continue
		}
		for k := h.j; k < min(len(toks), h.j+secretValueReach); k++ {
			if secretAdvice[toks[k].Norm] {
				break // « password tip: use three words followed by a number »
			}
			if a.valueSignBefore(k) || secretCopulas[toks[k].Norm] {
				return a.cueWithin(cueRecipe, k, k+12)
			}
		}
	}
	return false
}

// secretValueReach is how far after a password word its value may be
// given: the word's complement may be long (« le code de la carte bleue
// de l'asso, c'est … »).
const secretValueReach = 11

// publicCodeKinds are what a « code » is when it is no secret
// (data/words/public_code_kinds.txt).
var publicCodeKinds = lexicon.Words(lexicon.Data, "public_code_kinds")

// publicCode: the password word at [i, j) is a code of law, of conduct or
// a public number (« le code de la route », "the code of conduct", "dress
// code"), not a secret: its kind stands right after it, through « de »,
// « du », « de la », or right before it.
func publicCode(toks []text.Token, i, j int) bool {
	if j-i != 1 || !strings.HasPrefix(toks[i].Norm, "code") {
		return false
	}
	if i > 0 && publicCodeKinds[toks[i-1].Norm] {
		return true // "dress code", "promo code"
	}
	for k := j; k < min(len(toks), j+3); k++ {
		if publicCodeKinds[toks[k].Norm] {
			return true
		}
		switch toks[k].Norm {
		case "de", "du", "la", "l", "of", "the", "des":
		default:
			return false
		}
	}
	return false
}

// valueSignBefore: a colon or an equals sign stands between token k and
// the one before, even after other punctuation (« la boîte contact@ : »).
func (a *analysis) valueSignBefore(k int) bool {
	toks := a.s.Toks
	if toks[k].Sep == ':' || toks[k].Sep == '=' {
		return true
	}
	if toks[k].Sep == 0 || k == 0 {
		return false
	}
	between := a.text[toks[k-1].End:toks[k].Start]
	return strings.ContainsAny(between, ":=")
}

// cueWithin: an entry of cue c starts in tokens [i, j).
func (a *analysis) cueWithin(c cue, i, j int) bool {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(c) && h.i >= i && h.i < j {
			return true
		}
	}
	return false
}

// tokensAfterCue counts the tokens after the first entry of cue c.
func (a *analysis) tokensAfterCue(c cue) int {
	_, j := a.cueAt(c)
	if j < 0 {
		return 0
	}
	return len(a.s.Toks) - j
}

// keyHidden: a hiding word follows a key or a password word within ten
// tokens and is not an idiom (« la clé sous la porte »).
func (a *analysis) keyHidden() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueHiding) || h.j < len(toks) && notHidingPlaces[toks[h.j].Norm] {
			continue
		}
		for _, k := range a.hits {
			if k.dict == dCue && (k.val == int(cueKey) || k.val == int(cueSecretNoun)) && k.j <= h.i && h.i-k.j <= 10 && !a.adviceInClauseBefore(k.i) {
				return true
			}
		}
	}
	return false
}

// codeAfter: within n tokens after an entry of cue c, a code: three to
// eight digits that are no amount and no year (« s'ouvre avec 0712 »,
// « reçu par SMS … : 493 018 »), or groups of one or two digits joined by
// dashes (« 4-8-1-5 », "19-42-07").
func (a *analysis) codeAfter(c cue, n int) bool {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(c) && a.codeIn(h.j, min(len(a.s.Toks), h.j+n)) {
			return true
		}
	}
	return false
}

// codeIn: a code among tokens [i, j).
func (a *analysis) codeIn(i, j int) bool {
	toks := a.s.Toks
	for k := i; k < j; k++ {
		t := toks[k]
		if a.combinationAt(k) {
			return true // secret_combination.go: « sur 12, puis 35, puis 8 »
		}
		if !t.Has(text.Digit) {
			continue
		}
		if l := len(t.Norm); l >= 3 && l <= 8 && !isYear(t.Norm) && !a.currencyAfter(k) {
			return true
		}
		if len(t.Norm) <= 2 && k+2 < len(toks) && dashedDigits(toks, k+1) && dashedDigits(toks, k+2) {
			return true
		}
		if spelledDigits(toks, k) {
			return true // "opens with 0 4 1 9"
		}
	}
	return false
}

// dashedDigits: token k is one or two digits glued to the previous one
// by a dash.
func dashedDigits(toks []text.Token, k int) bool {
	return text.Joined(toks, k, '-') && toks[k].Has(text.Digit) && len(toks[k].Norm) <= 2
}

// spelledDigits: token k starts a run of four single digits or more
// parted by spaces only, a code read out digit by digit (« 5 5 1 9 »,
// "0 4 1 9").
func spelledDigits(toks []text.Token, k int) bool {
	n := 0
	for m := k; m < len(toks) && toks[m].Has(text.Digit) && len(toks[m].Norm) == 1 && (m == k || toks[m].Sep == 0); m++ {
		n++
	}
	return n >= 4
}

// isYear: four digits from 1900 to 2099.
func isYear(w string) bool {
	return len(w) == 4 && (w[:2] == "19" || w[:2] == "20")
}

// currencyAfter: a currency sign or word follows token k (« 150 € »).
func (a *analysis) currencyAfter(k int) bool {
	toks := a.s.Toks
	rest := strings.TrimLeft(a.text[toks[k].To():min(len(a.text), toks[k].To()+6)], " \u00a0")
	for _, cur := range []string{"€", "£", "$"} {
		if strings.HasPrefix(rest, cur) {
			return true
		}
	}
	return k+1 < len(toks) && (toks[k+1].Norm == "euros" || toks[k+1].Norm == "eur")
}

// wordsAfterColon counts the words after a colon that follows an entry
// of cue c within eight tokens (« phrase de récupération : abeille
// jardin … »): a recovery phrase is a list of plain words.
func (a *analysis) wordsAfterColon(c cue) int {
	toks := a.s.Toks
	i, j := a.cueAt(c)
	if i < 0 {
		return 0
	}
	for k := j; k < min(len(toks), j+8); k++ {
		if toks[k].Sep == ':' {
			n := 0
			for ; k+n < len(toks) && toks[k+n].Has(text.Letter) && (n == 0 || toks[k+n].Sep == 0); n++ {
			}
			return n
		}
	}
	return 0
}

// loginThenSecret: after a login word, a login and a password joined by
// a dictation word (« asso_ressources puis Ressources44 », "jsmith then
// Otter2023"), the pair without its slash.
func (a *analysis) loginThenSecret() bool {
	_, j := a.cueAt(cueCredential)
	toks := a.s.Toks
	if j <= 0 || j >= len(toks) {
		return false
	}
	fields := strings.Fields(a.text[toks[j].Start:a.s.End])
	for k := 0; k+2 < len(fields); k++ {
		login, filler, secret := fields[k], text.Fold(fields[k+1]), strings.TrimRight(fields[k+2], ".,;")
		if phoneFillers[filler] && len(login) >= 3 && looksLikeLogin(login) && looksLikeSecret(secret) {
			return true
		}
	}
	return false
}

// adviceInClauseBefore: a word of advice or a negation stands before
// token k in its clause (« Ne notez jamais le code de l'alarme sur un
// post-it »): a rule, not where a key is. One in an earlier clause
// (« ne le dis à personne, le code est sous le pot ») does not count.
func (a *analysis) adviceInClauseBefore(k int) bool {
	toks := a.s.Toks
	for m := k - 1; m >= 0; m-- {
		if secretAdvice[toks[m].Norm] || secretNegations[toks[m].Norm] {
			return true
		}
		if isClauseSep(toks[m].Sep) {
			return false
		}
	}
	return false
}
