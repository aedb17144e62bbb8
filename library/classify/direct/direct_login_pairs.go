package direct

import (
	"strings"

	"tamis/i18n"
)

// A login and its password given in brackets after the account they
// open (« Log into the Xero account (hopehouse / Marigold2025) »,
// « Connexion au compte Ameli (jdupont / Soleil2024) »): the pair is
// the credential, without any keyword.

// accountWords name what a login opens.
var accountWords = newMarkers("account", "log in", "log into", "login", "sign in", "compte", "connexion",
	"connecter", "connecte", "identifiants", "acces", "espace")

// bracketedLogin finds, at the opening bracket i, « (login / secret) »
// after an account word, and blocks the secret.
func (s *scanner) bracketedLogin(i int) {
	t := s.text
	if t[i] != '(' {
		return
	}
	end := strings.IndexByte(t[i:min(len(t), i+80)], ')')
	if end < 0 {
		return
	}
	login, secret, ok := strings.Cut(t[i+1:i+end], "/")
	if !ok {
		login, secret, ok = strings.Cut(t[i+1:i+end], "|")
	}
	login, v := strings.TrimSpace(login), strings.TrimSpace(secret)
	if !ok || login == "" || strings.ContainsAny(login, " /|") || !strongSecret(v) || !mixedCase(v) || !hasWord(s.before(i, 60), accountWords) {
		return
	}
	at := i + 1 + strings.Index(t[i+1:i+end], v)
	s.add(ruleCredential, Blocked, at, at+len(v),
		i18n.T("identifiant et mot de passe", "login and password"))
}

// mixedCase: v holds a capital and a small letter.
func mixedCase(v string) bool {
	up, lo := false, false
	for k := 0; k < len(v); k++ {
		up = up || isUpper(v[k])
		lo = lo || v[k] >= 'a' && v[k] <= 'z'
	}
	return up && lo
}

// lastOfSentence: nothing but closing punctuation and spaces follows e
// before the end of the line or of the sentence.
func lastOfSentence(t string, e int) bool {
	for k := e; k < len(t); k++ {
		switch t[k] {
		case ' ', ')', '"', '\'':
		case '\n', '.', '!', '?', ';':
			return true
		default:
			return false
		}
	}
	return true
}

// wordAfterLogin returns the span of a password written as a plain word
// after its keyword, when a login stands right before the keyword and
// the word ends the clause (« Accès Canva : contact@asso.fr mdp soleil »,
// « jdupont pwd tournesol, merci »): the login says a value follows.
// Without a login before it, « mdp oublié », « mdp perso » stay words.
func (s *scanner) wordAfterLogin(kwStart, kwEnd int) (int, int) {
	t := s.text
	b := kwStart
	for b > 0 && (t[b-1] == ' ' || t[b-1] == ',' || t[b-1] == '/') {
		b--
	}
	e := b
	for b > 0 && t[b-1] > ' ' && e-b < 80 {
		b--
	}
	if login := t[b:e]; b == e || !strings.Contains(login, "@") && !(strings.ContainsAny(login, "._") && hasDigitOrLetterRun(login)) {
		return 0, 0
	}
	j := skipSpaces(t, kwEnd, 2)
	if j >= len(t) || !isTokenStart(t[j]) {
		return 0, 0
	}
	v := trimValue(t[j:tokenEnd(t, j)])
	rest := strings.TrimLeft(t[j+len(v):], " ")
	var key [48]byte
	if len(v) < 4 || valueStopWords[string(foldKey(&key, v))] || genericUseWords[string(foldKey(&key, v))] ||
		rest != "" && !strings.ContainsAny(rest[:1], ".,;)\n") {
		return 0, 0
	}
	return j, j + len(v)
}

// hasDigitOrLetterRun: the login holds letters or digits on both sides of
// its dot or underscore (« j.dupont », « club_treso »), not a sentence's
// full stop (« etc. »).
func hasDigitOrLetterRun(login string) bool {
	k := strings.IndexAny(login, "._")
	return k >= 1 && k+2 < len(login) && isAlnum(login[k-1]) && isAlnum(login[k+1])
}
