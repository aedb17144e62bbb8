package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Secrets told the long way round (issue 7, section 4): the value of a
// password comes many words after its label (« mot de passe habituel
// avec un ! à la fin : Velo75! »), its recipe after a comma rather than
// « c'est » (« même mot de passe que d'habitude, le nom du chien du
// président suivi de son année de naissance »), or a short label names
// a gate or a network key instead of a code (« Portail résidence Les
// Acacias : 4B2791 », "key 7hG!k29pLq"). Each gives access as the
// secret itself does: category 4, blocked.

// secretNameWords name a secret by themselves when a value follows right
// after them or after a colon: a pass, a key, a network key
// (data/words/secret_name_words.txt).
var secretNameWords = lexicon.Words(lexicon.Data, "secret_name_words")

// gateWords name a door or a gate: a code written after them in a short
// label opens it (data/words/gate_words.txt).
var gateWords = lexicon.Words(lexicon.Data, "gate_words")

// recipeHeads start the part of a recipe that tells a personal element
// (the dog's name, a birth year, the last digits of a phone), not a
// shape (« avec un ! à la fin ») (data/words/recipe_heads.txt).
var recipeHeads = lexicon.Words(lexicon.Data, "recipe_heads")

// secretNegations make advice of what follows a password word
// (data/words/secret_negations.txt).
var secretNegations = lexicon.Words(lexicon.Data, "secret_negations")

// findSecretsToldOtherwise blocks a secret told the long way round, with
// the guards of findSecretWords (addSecret: advice, a public addressed, a
// question about a procedure). It runs on sentences without cues too: a
// gate's label or a network key needs none.
func (a *analysis) findSecretsToldOtherwise(cs cueSet) {
	if a.digits && !a.directCredential() && a.keyedCode() && !a.sentenceGeneric() && !a.howToQuestion() { // secret_keyed.go
		// a code to key in is no less a code on a notice to the public
		// (« Tapez 4512 sur le clavier pour ouvrir la porte »)
		a.addAs(ruleCredential, Blocked, 0, len(a.s.Toks),
			i18n.T("code à taper pour entrer ou déverrouiller", "code to key in to get in or unlock"))
		return
	}
	a.addSecret(a.secretToldOtherwise(cs))
}

// secretToldOtherwise returns the reason of a secret told the long way
// round, or "".
func (a *analysis) secretToldOtherwise(cs cueSet) string {
	switch {
	case cs.has(cueSecretNoun, cueRecipe) && (a.recipeAfterBreak() || a.recipeAroundSecret()): // secret_recipe_around.go
		return i18n.T("indice permettant de retrouver un mot de passe", "a hint that gives a password away")
	case cs.has(cueLock, cueRecipe) && a.lockRecipeTold():
		return i18n.T("combinaison d’une boîte à clés ou d’un cadenas", "combination of a key box or a padlock")
	case a.secretAsked && cs.has(cueRecipe) && a.personalRecipeWithin(0, 3): // secret_carried.go
		return i18n.T("indice d’un mot de passe", "password hint")
	case a.digits && a.labelledSecret(cs.has(cueSecretNoun)):
		return i18n.T("mot de passe, code d'accès ou clé secrète", "password, access code or secret key")
	case a.digits && cs.has(cueSecretNoun) && !a.directCredential() && a.secretAfterCopula(): // secret_copula.go
		return i18n.T("mot de passe, code d'accès ou clé secrète", "password, access code or secret key")
	case cs.has(cueSecretNoun) && !a.directCredential() && a.spelledSecret(): // secret_spelled.go
		return i18n.T("mot de passe épelé", "password spelled out")
	case a.digits && !a.directCredential() && (a.secretAfterAccount() || cs.has(cueSecretNoun) && a.secretNamedAfter()): // secret_account.go
		return i18n.T("mot de passe donné après le compte qu’il ouvre", "password given after the account it opens")
	}
	return ""
}

// recipeAfterBreak: a password word, then within its reach a comma, and
// right after it a recipe that tells a personal element (« …, le nom du
// chien suivi de 2024 »). Advice and negations stop the reading (« le
// mot de passe ne doit pas être le nom du chien »).
func (a *analysis) recipeAfterBreak() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueSecretNoun) || publicCode(toks, h.i, h.j) {
			continue
		}
		for k := h.j; k < min(len(toks), h.j+secretValueReach); k++ {
			if secretAdvice[toks[k].Norm] || secretNegations[toks[k].Norm] {
				break
			}
			if toks[k].Sep == ',' && a.personalRecipeWithin(k, k+4) && a.recipeBuilt(k) {
				return true
			}
		}
	}
	return false
}

// recipeBirthWords make a recipe a birth date by themselves
// (data/words/recipe_birth_words.txt).
var recipeBirthWords = lexicon.Words(lexicon.Data, "recipe_birth_words")

// recipeBuilt: the clause that starts at token k tells how the value is
// built, not only what it speaks of: two recipe entries (« le nom du
// chien suivi de son année de naissance »), a number (« le prénom de
// sa fille et 1998 ») or a birth (« la date de naissance du trésorier »). « …, la date de la prochaine réunion sera
// fixée » builds nothing.
func (a *analysis) recipeBuilt(k int) bool {
	toks := a.s.Toks
	n := 0
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(cueRecipe) && h.i >= k && h.i < k+12 {
			n++
		}
	}
	if n >= 2 {
		return true
	}
	for m := k; m < min(len(toks), k+12) && (m == k || !isClauseSep(toks[m].Sep)); m++ {
		if toks[m].Has(text.Digit) || recipeBirthWords[toks[m].Norm] {
			return true // a number, or a birth date: « la date de naissance du trésorier »
		}
	}
	return false
}

// lockRecipeTold: a lock word (a key box, a padlock, an alarm), then
// within reach « c'est » or a colon, and a recipe that tells a
// personal element right after it (« pour la boîte à clés, c'est la
// date de l'AG à l'envers »).
func (a *analysis) lockRecipeTold() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueLock) {
			continue
		}
		for k := h.j; k < min(len(toks), h.j+secretValueReach); k++ {
			if secretAdvice[toks[k].Norm] || secretNegations[toks[k].Norm] {
				break
			}
			opened := k == h.j && (toks[k-1].Norm == "avec" || toks[k-1].Norm == "with") // "opens with the last four digits"
			if (opened || a.valueSignBefore(k) || secretCopulas[toks[k].Norm]) && a.personalRecipeWithin(k, k+4) {
				return true
			}
		}
	}
	return false
}

// personalRecipeWithin: a recipe entry whose first word tells a personal
// element starts in tokens [i, j).
func (a *analysis) personalRecipeWithin(i, j int) bool {
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(cueRecipe) && h.i >= i && h.i < j && recipeHeads[a.s.Toks[h.i].Norm] {
			return true
		}
	}
	return false
}

// labelledSecret: a value that looks like a secret follows a colon (or an
// equals sign) of the sentence, and what stands before the sign names a
// secret: a password word within its reach (when hasNoun), a secret
// label right before, or a gate word in a short label.
func (a *analysis) labelledSecret(hasNoun bool) bool {
	toks := a.s.Toks
	// a sign stands between two tokens of the sentence, so inside its
	// span: without a colon or an equals sign there, no token is asked
	span := a.text[a.s.Start:a.s.End]
	signed := strings.IndexByte(span, ':') >= 0 || strings.IndexByte(span, '=') >= 0
	for k := 1; signed && k < len(toks); k++ {
		if !a.valueSignBefore(k) {
			continue
		}
		v := a.valueField(k)
		switch {
		case looksLikeSecretValue(v) && hasNoun && a.secretNounBefore(k):
			return true
		case looksLikeSecretValue(v) && !monthIn(v) && labelBefore(toks, k, secretNameWords, 2):
			return true
		case gateCode(v) && a.clauseEndsAfter(k) && labelBefore(toks, k, gateWords, 6):
			return true
		}
	}
	for k := 0; k+1 < len(toks); k++ { // "key 7hG!k29pLq": a label and its value without a sign
		if !toks[k].Is(cSecretNames) || toks[k+1].Sep != 0 { // the class, tagged once (set_classes.go): no hash
			continue
		}
		if v := a.valueField(k + 1); looksLikeSecretValue(v) && !monthIn(v) {
			return true
		}
	}
	return false
}

// maxSecretLen bounds the bytes read for a secret's value: a long text
// is read once, not once per colon.
const maxSecretLen = 64

// valueField is the run of non-space bytes that starts at token k, a
// final period, comma or semicolon left out. It may run past the
// sentence's end: a « ! » or a « ? » inside a secret (« 7hG!k29pLq »)
// cuts the sentence, not the secret.
func (a *analysis) valueField(k int) string {
	from := a.s.Toks[k].From()
	s := a.text[from:min(len(a.text), from+maxSecretLen)]
	if n := strings.IndexAny(s, "\n\t"); n >= 0 {
		s = s[:n]
	}
	b, e := fieldAfter(s, 0)
	return s[b:e]
}

// secretNounBefore: a password word (not a public code, no advice after
// it) ends within its reach before token k.
func (a *analysis) secretNounBefore(k int) bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueSecretNoun) || h.j > k || k-h.j > secretValueReach || publicCode(toks, h.i, h.j) {
			continue
		}
		advice := false
		for m := h.j; m < k; m++ {
			advice = advice || secretAdvice[toks[m].Norm]
		}
		if !advice {
			return true
		}
	}
	return false
}

// labelBefore: a word of set stands among the n tokens before token k,
// in the same clause.
func labelBefore(toks []text.Token, k int, set lexicon.WordSet, n int) bool {
	for m := k - 1; m >= 0 && m >= k-n; m-- {
		if set[toks[m].Norm] {
			return true
		}
		if isClauseSep(toks[m].Sep) {
			return false
		}
	}
	return false
}

// clauseEndsAfter: token k is the last of its clause (a comma, a period
// or the end of the sentence follows): a code, not the start of a count
// (« Portail : 1200 places »).
func (a *analysis) clauseEndsAfter(k int) bool {
	toks := a.s.Toks
	return k+1 >= len(toks) || toks[k+1].Sep != 0
}

// looksLikeSecretValue: a secret's shape (six bytes or more, letters and
// digits) that is no web address, no mail address, no time or date
// (« 14h30-16h »).
func looksLikeSecretValue(v string) bool {
	if !looksLikeSecret(v) || strings.ContainsAny(v, "/@") || strings.HasPrefix(strings.ToLower(v), "www.") {
		return false
	}
	return !timeLike(v)
}

// gateCode: the code of a gate or a door: four to eight digits that are
// no year, or four to ten letters and digits mixed, with three digits
// at least and no time.
func gateCode(v string) bool {
	digits := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '#' || c == '*':
		default:
			return false
		}
	}
	if digits == len(v) {
		return numericCode(v) && !isYear(v)
	}
	return len(v) >= 4 && len(v) <= 10 && digits >= 3 && !timeLike(v)
}

// timeLike: a time of day or a span of hours (« 14h30 », « 9h-12h »):
// digits, « h » and dashes only, a digit first.
func timeLike(v string) bool {
	return v != "" && v[0] >= '0' && v[0] <= '9' && strings.Trim(v, "0123456789hH-") == "" && strings.ContainsAny(v, "hH")
}

// months are the names of the months, French and English, cut short: a
// value that holds one after a digit is a date (« Key dates: 12March2026 »).
var months = []string{"jan", "fev", "feb", "mar", "avr", "apr", "mai", "may", "juin", "jun", "juil", "jul", "aou", "aug", "sep", "oct", "nov", "dec"}

// monthIn: a month's name starts right after a digit in v (« 12mars »,
// "3Oct").
func monthIn(v string) bool {
	f := text.Fold(v)
	for i := 1; i < len(f); i++ {
		if f[i-1] < '0' || f[i-1] > '9' {
			continue
		}
		for _, m := range months {
			if strings.HasPrefix(f[i:], m) {
				return true
			}
		}
	}
	return false
}
