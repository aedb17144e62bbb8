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
