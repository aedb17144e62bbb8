package direct

import (
	"strings"

	"tamis/i18n"
)

// Credentials are category 4 and always blocked: a password, a door code,
// an API key gives access, and a pseudonym cannot make it shareable.

// valueStopWords are words found after "mot de passe :" or "code :" that
// are not a secret ("Mot de passe : à demander à l'accueil").
var valueStopWords = map[string]bool{
	"a": true, "au": true, "aux": true, "le": true, "la": true, "les": true, "un": true, "une": true,
	"dans": true, "sur": true, "sous": true, "chez": true, "en": true, "de": true, "du": true, "des": true,
	"demander": true, "demandez": true, "demande": true, "voir": true, "envoye": true, "envoyee": true,
	"affiche": true, "affichee": true, "disponible": true, "indique": true, "note": true, "change": true,
	"changee": true, "modifie": true, "oublie": true, "perdu": true, "personnel": true, "personnelle": true,
	"confidentiel": true, "confidentielle": true, "secret": true, "requis": true, "obligatoire": true,
	"pas": true, "plus": true, "toujours": true, "celui": true, "celle": true, "meme": true, "identique": true,
	"valable": true, "fourni": true, "fournis": true, "communique": true, "transmis": true, "inchange": true,
	"the": true, "in": true, "on": true, "at": true, "required": true, "available": true, "sent": true,
	"changed": true, "same": true, "ask": true, "see": true, "not": true, "your": true, "votre": true,
	"vos": true, "son": true, "sa": true, "ses": true, "leur": true, "nouveau": true, "nouvel": true,
	"nouvelle": true, "gratuit": true, "gratuite": true, "free": true, "oui": true, "non": true,
	"cliquez": true, "clique": true, "cliquer": true, "click": true, "suivez": true, "utilisez": true, "follow": true,
	"yes": true, "no": true, "aucun": true, "aucune": true, "none": true, "vide": true, "pour": true,
	"avec": true, "sans": true, "ici": true, "here": true, "lui": true, "elle": true, "eux": true,
	"est": true, "sont": true, "doit": true, "reste": true, "sera": true, "accessible": true,
	"fort": true, "forte": true, "securise": true, "complexe": true, "strong": true, "renouvele": true,
	"use": true, "using": true, "set": true, "reset": true, "manager": true, "managers": true,
	"workshop": true, "tips": true, "hygiene": true, "security": true, "policy": true, "strength": true,
	"generator": true, "how": true, "what": true, "why": true, "to": true, "please": true, "must": true,
	"should": true, "will": true, "can": true, "be": true, "are": true, "an": true, "of": true, "for": true,
	"with": true, "by": true, "from": true, "this": true, "that": true, "my": true, "our": true,
	"atelier": true, "gestionnaire": true, "conseils": true, "securite": true, "unique": true, "long": true,
	"longue": true, "robuste": true, "robustes": true, "expire": true, "expired": true, "needed": true,
	// a length, a habit, where it is written: a rule about the value, not the value (« entre 8 et 63
	// caractères », « est souvent 000 », "is printed on the sticker")
	"entre": true, "between": true, "souvent": true, "often": true, "usually": true, "generalement": true,
	"parfois": true, "sometimes": true, "printed": true, "written": true, "shown": true, "displayed": true,
	"ecrit": true, "ecrite": true, "inscrit": true, "inscrite": true, "imprime": true, "imprimee": true,
	"colle": true, "collee": true, "minimum": true, "maximum": true,
	// what kind of password, not which (« mot de passe perso », "the usual password")
	"perso": true, "provisoire": true, "temporaire": true, "habituel": true, "commun": true, "partage": true,
	"defaut": true, "usual": true, "temporary": true, "default": true, "shared": true,
}

// genericUseWords right after a credential keyword mean the word is used
// in general ("atelier mot de passe", "password manager", "password
// workshop 2025"): no value follows.
var genericUseWords = map[string]bool{
	"manager": true, "managers": true, "workshop": true, "workshops": true, "tips": true, "hygiene": true,
	"policy": true, "policies": true, "strength": true, "generator": true, "reset": true, "day": true,
	"atelier": true, "ateliers": true, "gestionnaire": true, "gestionnaires": true, "oublie": true,
	"securise": true, "securises": true, "robuste": true, "robustes": true, "training": true,
	"session": true, "sessions": true, "class": true, "course": true, "formation": true, "conseils": true,
	"rules": true, "regles": true, "best": true, "practices": true, "sharing": true, "partage": true,
	// what a good password is, said in general (« créer un mot de passe solide », "a strong password")
	"solide": true, "solides": true, "fort": true, "forts": true, "strong": true, "secure": true,
	"complexe": true, "complexes": true, "efficace": true, "efficaces": true,
}

// separatorWords introduce a value like ':' does ("le code est 1234").
var separatorWords = map[string]bool{"est": true, "is": true, "c'est": true, "reste": true, "sera": true, "vaut": true}

// credential reads the value after a credential keyword (kwStart..kwEnd)
// and blocks keyword and value together. It returns where scanning resumes.
func (s *scanner) credential(kwStart, kwEnd int, kind kwKind) int {
	if s.genericUseBefore(kwStart) || kind == kwWeak && s.keyAsAdjective(kwStart) || s.sampleKeyword(kwStart, kwEnd) {
		return kwEnd
	}
	vs, ve := s.credentialValue(kwEnd, kind)
	if kind == kwTight {
		vs, ve = s.tightValue(kwEnd)
	}
	if ve <= vs && kind != kwTight {
		if c := s.farColon(kwEnd); c >= 0 { // one search for both readings of a far colon (direct_secret_before.go)
			vs, ve = s.pairAfterColon(c) // « Wi-Fi de la salle, si ça peut aider : EcoleVH / maitresse2019 »
			if ve <= vs {
				vs, ve = s.valueAfterFarColon(c, kind) // « Le code du portail de la résidence où on fait la distribution : B2741 »
			}
		}
	}
	if ve <= vs && (kind == kwSecret || kind == kwCode) {
		if bs, be := s.secretBefore(kwStart, kind); be > bs { // « « Soleil2Provence! » sert aussi de mot de passe »
			s.add(ruleCredential, Blocked, bs, kwEnd,
				i18n.T("mot de passe, code d'accès ou clé secrète", "password, access code or secret key"))
			return kwEnd
		}
	}
	if ve <= vs && kind == kwSecret {
		vs, ve = s.wordAfterLogin(kwStart, kwEnd) // « contact@asso.fr mdp soleil » (direct_login_pairs.go)
	}
	if ve <= vs {
		return kwEnd
	}
	s.add(ruleCredential, Blocked, kwStart, ve,
		i18n.T("mot de passe, code d'accès ou clé secrète", "password, access code or secret key"))
	return ve
}

// credentialValue finds the secret after a keyword, within 60 bytes of the
// same line: the token after ':', '=', "est" or "is"; or, for a password or
// a code, a token holding a digit among the next few words
// ("digicode 4417B", "le mdp soleil2024") or a symbol right after it
// (« mot de passe Torball!Niort »).
func (s *scanner) credentialValue(from int, kind kwKind) (int, int) {
	t := s.text
	var key [48]byte
	limit := min(len(t), from+60)
	for j, words := from, 0; j < limit && words < 7; {
		c := t[j]
		if c == '\n' {
			return 0, 0
		}
		if c == ':' || c == '=' {
			return s.valueAfter(j+1, kind)
		}
		if !isTokenStart(c) {
			j++
			continue
		}
		e := tokenEnd(t, j)
		if e == j {
			j++
			continue
		}
		tok := t[j:e]
		switch f := foldKey(&key, strings.TrimRight(tok, ".,;!?")); {
		case words == 0 && genericUseWords[string(f)]:
			return 0, 0
		case separatorWords[string(f)]:
			return s.valueAfter(e, kind)
		case kind != kwWeak && secretValue(trimValue(tok), kind) &&
			(hasDigit(tok) && !(yearLike(trimValue(tok)) && (kind != kwCode || words > 0)) && !timeLike(trimValue(tok)) || kind == kwSecret && words == 0 && innerSymbol(trimValue(tok))):
			return j, j + len(trimValue(tok))
		}
		if strings.ContainsAny(tok[len(tok)-1:], ".!?") {
			return 0, 0
		}
		words++
		j = e
	}
	return 0, 0
}

// genericUseBefore reports a keyword used in general, announced by one of
// the two words before it: "atelier mot de passe", "gestionnaire de mots
// de passe", "password" after "workshop on".
func (s *scanner) genericUseBefore(kwStart int) bool {
	w := s.before(kwStart, 30)
	for n, e := 0, len(w); n < 2; n++ {
		for e > 0 && !isAlnum(w[e-1]) {
			if w[e-1] == '.' || w[e-1] == '@' || w[e-1] == '/' {
				return false // an address ends there: « …@pain-partage.fr mdp : »
			}
			e--
		}
		b := e
		for b > 0 && isAlnum(w[b-1]) {
			b--
		}
		if b == e {
			return false
		}
		if genericUseWords[w[b:e]] {
			return true
		}
		e = b
	}
	return false
}

// yearLike reports a year (1900-2099): "atelier mot de passe 2026" names
// an event, not a secret; right after a code's word (« digicode 1907 »,
// « boîte à clés, code 1966 », « le code 2024 de la porte ») it is the
// code: by precaution, a year there is read as one.
func yearLike(v string) bool {
	return len(v) == 4 && (v[:2] == "19" || v[:2] == "20") && strings.Trim(v, "0123456789") == ""
}

// timeLike reports a time of day (« 10h », « 14h30 », "2pm", "9.30am"):
// « créer un mot de passe solide, jeudi 10h » announces a workshop.
func timeLike(v string) bool {
	d := 0
	for d < len(v) && d < 2 && isDigit(v[d]) {
		d++
	}
	if d == 0 {
		return false
	}
	rest := strings.ToLower(v[d:])
	switch {
	case rest == "h" || rest == "am" || rest == "pm":
		return true
	case len(rest) == 3 && rest[0] == 'h':
		return isDigit(rest[1]) && isDigit(rest[2]) // « 14h30 »
	case len(rest) >= 3 && (rest[0] == ':' || rest[0] == '.') && isDigit(rest[1]) && isDigit(rest[2]):
		tail := rest[3:]
		return tail == "" || tail == "am" || tail == "pm" // "9.30am", « 14:00 »
	}
	return false
}

// tightValue reads the value of a short keyword ("pass =Soleil2024",
// "pw:hunter22"): only right after ':' or '=', and only a value with a
// digit, a capital inside or a symbol ("pass : gratuit" is no secret).
func (s *scanner) tightValue(kwEnd int) (int, int) {
	t := s.text
	j := kwEnd
	if t[j-1] != ':' && t[j-1] != '=' {
		j = skipSpaces(t, j, 2)
		if j >= len(t) || (t[j] != ':' && t[j] != '=') {
			return 0, 0
		}
		j++
	}
	vs, ve := s.valueAfter(j, kwWeak)
	if ve > vs && moneyAfter(t, ve) {
		return 0, 0 // "pass culture : 300 €"
	}
	return vs, ve
}

// moneyAfter reports a currency right after a value ("300 €", "15 euros").
func moneyAfter(t string, e int) bool {
	j := skipSpaces(t, e, 2)
	return strings.HasPrefix(t[j:], "€") || hasPrefixFold(t[j:], "euro") || hasPrefixFold(t[j:], "eur ")
}

// valueAfter returns the span of the token after a separator, when it
// looks like a secret.
func (s *scanner) valueAfter(j int, kind kwKind) (int, int) {
	t := s.text
	for j < len(t) && (t[j] == ' ' || t[j] == '\t' || t[j] == '"' || t[j] == '\'' || t[j] == '`') {
		j++
	}
	if j < len(t)-1 && t[j] == 0xC2 && (t[j+1] == 0xA0 || t[j+1] == 0xAB) { // nbsp, «
		j += 2
		for j < len(t) && (t[j] == ' ' || (t[j] == 0xC2 && j+1 < len(t) && t[j+1] == 0xA0)) {
			j++
		}
	}
	if j >= len(t) || !isTokenStart(t[j]) {
		return 0, 0
	}
	e := tokenEnd(t, j)
	v := trimValue(t[j:e])
	var key [48]byte
	if stillWords[string(foldKey(&key, v))] { // « c'est toujours 7712B », "is still 7243": the value after the adverb
		k := e
		for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
			k++
		}
		if k >= len(t) || !isTokenStart(t[k]) || !hasDigit(trimValue(t[k:tokenEnd(t, k)])) && !codeArticles[string(foldKey(&key, trimValue(t[k:tokenEnd(t, k)])))] {
			return 0, 0 // advice, not a value: « c'est toujours mieux de le changer », "is still on the sticker"
		}
		j, e = k, tokenEnd(t, k)
		v = trimValue(t[j:e])
	}
	if codeArticles[string(foldKey(&key, v))] { // « le code de la carte est le 5521 »: the value after the article
		k := e
		for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
			k++
		}
		if k >= len(t) || !isTokenStart(t[k]) {
			return 0, 0
		}
		j, e = k, tokenEnd(t, k)
		v = trimValue(t[j:e])
		if !articledCode(v) || moneyAfter(t, j+len(v)) {
			return 0, 0 // « est le 15 mars », « est le 2024 », « est le même »
		}
	}
	if !secretValue(v, kind) {
		return 0, 0
	}
	return j, j + len(v)
}

// stillWords may stand between « c'est », "is" and the value, saying it
// has not changed (« le code, c'est toujours 7712B »). The scanner keeps
// its few closed words in Go, as valueStopWords: it reads bytes before
// any lexicon is loaded.
var stillWords = map[string]bool{"toujours": true, "encore": true, "desormais": true, "maintenant": true, "still": true, "now": true}

// codeArticles may stand between « est » and a code given as a number
// (« le code de la carte est le 5521 », « c'est maintenant le 61B84 »).
var codeArticles = map[string]bool{"le": true, "the": true}

// articledCode: after an article, only a code of four bytes or more that
// holds a digit and is no year is a value; « le 12 » is a day.
func articledCode(v string) bool {
	return len(v) >= 4 && hasDigit(v) && !yearLike(v)
}

// isTokenStart reports whether c can start a value token.
func isTokenStart(c byte) bool {
	return c > ' ' && c != ':' && c != '=' && c != '\n'
}

// tokenEnd returns the end of the token starting at j: up to a space (a
// no-break space or a French quotation mark included), bounded to 120 bytes.
func tokenEnd(t string, j int) int {
	e := j
	for e < len(t) && e-j < 120 && t[e] > ' ' {
		if t[e] == 0xC2 && e+1 < len(t) && (t[e+1] == 0xA0 || t[e+1] == 0xAB || t[e+1] == 0xBB) {
			break
		}
		e++
	}
	return runeFloor(t, j, e)
}

// trimValue removes closing punctuation and quotes around a value; '!'
// and '?' stay, passwords often end with them.
func trimValue(v string) string {
	v = strings.TrimRight(v, ".,;)\"'`")
	return strings.TrimSuffix(v, "»")
}

// secretValue decides whether a token after a credential keyword is a
// secret rather than a word of the sentence or a placeholder.
func secretValue(v string, kind kwKind) bool {
	if len(v) < 3 || strings.ContainsAny(v[:1], "[<{(") || strings.Trim(v, "*xX.…-_") == "" {
		return false
	}
	if kind == kwCode && !hasDigit(v) && len(v) < 4 {
		return false
	}
	if kind == kwWeak && !hasDigit(v) && !mixedOrSymbol(v) {
		return false // "la clé USB est rouge"
	}
	var key [48]byte
	return !valueStopWords[string(foldKey(&key, v))]
}

// mixedOrSymbol reports a value with a capital after its first letter or a
// symbol: words of a sentence have neither.
func mixedOrSymbol(v string) bool {
	for k := 0; k < len(v); k++ {
		if k > 0 && isUpper(v[k]) || v[k] < 0x80 && !isAlnum(v[k]) {
			return true
		}
	}
	return false
}

// innerSymbol: a symbol that passwords hold and words do not, inside the
// token (« Torball!Niort », "blue#Horse"); a word's hyphen, dot or
// apostrophe (« Wi-Fi », « aujourd'hui ») is none, nor an e-mail's @.
func innerSymbol(v string) bool {
	return len(v) >= 6 && strings.ContainsAny(v[1:len(v)-1], "!#$%*+?^~")
}

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}

// sampleBefore and sampleAfter mark a keyword as an invented sample's,
// right before it ("sample password", "dummy PIN") or right after it
// (« mot de passe fictif », "password example"): the value is an
// example marked as such. Only the word touching the keyword counts: « par
// exemple, le mot de passe de Paul est … » gives Paul's.
var sampleBefore = map[string]bool{"sample": true, "dummy": true, "fake": true, "example": true, "fictitious": true,
	"invented": true, "exemple": true, "fictif": true, "fictive": true, "invente": true, "inventee": true} // « exemple fictif de phrase de passe »
var sampleAfter = map[string]bool{"fictif": true, "fictive": true, "invente": true, "inventee": true, "bidon": true,
	"example": true, "exemple": true, "sample": true}

// sampleKeyword: the word right before or right after the keyword marks
// it as a sample's (sampleBefore, sampleAfter); « exemple de mot de
// passe » counts as right before.
func (s *scanner) sampleKeyword(kwStart, kwEnd int) bool {
	w := s.before(kwStart, 24)
	l := lastWord(w)
	if l == "de" || l == "d" { // « exemple de mot de passe »
		l = lastWord(w[:strings.LastIndex(w, l)])
	}
	return sampleBefore[l] || sampleAfter[firstWord(s.after(kwEnd, 24))]
}

// firstWord returns the first word of a folded window, or "".
func firstWord(w string) string {
	b := 0
	for b < len(w) && !isAlnum(w[b]) {
		b++
	}
	e := b
	for e < len(w) && isAlnum(w[e]) {
		e++
	}
	return w[b:e]
}
