package classify

import (
	"strings"

	"tamis/i18n"
	"tamis/library/classify/text"
)

// A login and its password written as a pair, « admin_asso / Vert&Bleu1990 »
// or « 00471293 / Soleil44 » after « identifiants » or "login" (issue 7,
// section 4): no « mot de passe : » label precedes the secret, the pair
// shape and the announcing word do.

func (a *analysis) findCredentialPair(cs cueSet) {
	if !a.digits {
		return // a password of the pair holds a digit
	}
	if a.credentialRow(cs) {
		return
	}
	j := a.labelEnd() // the pair follows the label
	if cs.has(cueCredential) {
		j, _ = a.cueAt(cueCredential) // the word may be the login itself: « admin / … »
		j++
	}
	byHandle := false
	if j <= 0 {
		if !a.handlePair() { // card_security_code.go
			return
		}
		j, byHandle = 1, true
	}
	from := a.s.Toks[j-1].From()
	s := a.text[from:a.s.End]
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '/')
		if k < 0 {
			return
		}
		k += off
		ls, le := fieldBefore(s, k)
		rs, re := secretAfter(s, k+1) // « / pass Lavande-77 »
		if strings.ContainsRune(s[ls:le], '/') || strings.ContainsRune(s[rs:re], '/') || le == k && webHost(s[ls:le]) {
			off = k + 1 // a path of a web address (« https://…/adhesions/2025 », « facebook.com/velo29 »), no pair
			continue
		}
		if byHandle && !strings.ContainsRune(s[ls:le], '@') {
			off = k + 1
			continue
		}
		if le-ls >= 3 && looksLikeLogin(s[ls:le]) && (looksLikeSecret(s[rs:re]) || cs.has(cueCredential) && numericCode(s[rs:re])) {
			a.keep(Finding{Rule: ruleCredential.String(), Category: ruleCredential.info().cat, Verdict: Blocked,
				Start: from + ls, End: from + re, Reason: i18n.T("identifiant et mot de passe", "login and password")})
			return
		}
		off = k + 1
	}
}

// webHost: w ends on a dot and a domain's ending (« facebook.com »,
// « velo29.fr »): what a slash follows is the address's path.
func webHost(w string) bool {
	d := strings.LastIndexByte(w, '.')
	return d > 0 && domainEndings[strings.ToLower(w[d+1:])]
}

// labelEnd: without a credential word, a short label and a colon open
// the sentence (« WordPress : admin / Hiver-2023 », « Site de l'asso :
// webmaster / … »); it returns the end of the label, or 0.
func (a *analysis) labelEnd() int {
	toks := a.s.Toks
	for k := 1; k < min(len(toks), 6); k++ {
		if toks[k].Sep == ':' {
			return k
		}
	}
	return 0
}

// fieldBefore returns the bounds of the run of non-space bytes ending
// before s[k], spaces skipped.
func fieldBefore(s string, k int) (int, int) {
	e := k
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && s[b-1] != ' ' && s[b-1] != ':' {
		b--
	}
	return b, e
}

// fieldAfter returns the bounds of the run of non-space bytes starting
// at s[k], spaces skipped; a final period or comma is no part of it.
func fieldAfter(s string, k int) (int, int) {
	b := k
	for b < len(s) && s[b] == ' ' {
		b++
	}
	e := b
	for e < len(s) && s[e] != ' ' {
		e++
	}
	for e > b && (s[e-1] == '.' || s[e-1] == ',' || s[e-1] == ';') {
		e--
	}
	return b, e
}

// looksLikeLogin: a user name or a number, not a word of a phrase (« lundi
// / mardi »): it holds a digit, an underscore, a dot or an @.
func looksLikeLogin(w string) bool {
	return strings.ContainsAny(w, "0123456789_.@") || knownLogins[text.Fold(w)]
}

// looksLikeSecret: six bytes or more mixing letters and digits, not a
// second handle (« @compagnie / @troupe2025 »).
func looksLikeSecret(w string) bool {
	if len(w) < 6 || w[0] == '@' {
		return false
	}
	return strings.ContainsAny(w, "0123456789") && strings.ContainsFunc(w, func(r rune) bool {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	})
}

// numericCode: four to eight digits, a bank's or a portal's code after
// a login (« identifiants : 12345678 / 908172 »).
func numericCode(w string) bool {
	return len(w) >= 4 && len(w) <= 8 && strings.Trim(w, "0123456789") == ""
}

// A login and its password are also written as cells of a spreadsheet
// line, parted by « ; » or « | » (« Facebook ; page.asso.cerf ;
// Brame#Automne2022 », « Site (OVH) | admin | Q7!wz_Rt2m », a header
// « Compte;Identifiant;Mot de passe » before them; a tab is a space by
// then, prepare.go, and a tabbed line is not read): a cell of
// one word, then a cell shaped like a password (letters, digits, and a
// capital or a symbol: accountSecretShape), in a line of three cells or
// more that names a password, a login or an account (secret_accounts.txt).

// rowSeparators part the cells of a spreadsheet line.
const rowSeparators = ";|"

// credentialRow finds a login and a password as two cells of a line.
func (a *analysis) credentialRow(cs cueSet) bool {
	ls, le := a.lineOf(a.s.Start)
	if strings.TrimSpace(a.text[ls:a.s.Start]) != "" {
		return false // the line was read with its first sentence
	}
	line := a.text[a.s.Start:le]
	sep := byte(0)
	for k := 0; k < len(rowSeparators); k++ {
		if strings.Count(line, rowSeparators[k:k+1]) >= 2 {
			sep = rowSeparators[k]
			break
		}
	}
	if sep == 0 {
		return false
	}
	cells := strings.Split(line, string(sep))
	named := cs.has(cueSecretNoun) || cs.has(cueCredential)
	off := a.s.Start
	for k, c := range cells {
		if !named {
			for _, w := range strings.FieldsFunc(text.Fold(c), func(r rune) bool { return r == ' ' || r == '(' || r == ')' }) {
				named = named || secretAccounts[w] || publicNameAccounts[w]
			}
		}
		if k > 0 && named {
			login := strings.TrimSpace(cells[k-1])
			secret := strings.TrimSpace(c)
			if len(login) >= 3 && rowLogin(login) && accountSecretShape(secret) && !strings.ContainsAny(secret, " ") {
				start := off - len(cells[k-1]) - 1
				a.keep(Finding{Rule: ruleCredential.String(), Category: ruleCredential.info().cat, Verdict: Blocked,
					Start: start, End: off + len(c), Reason: i18n.T("identifiant et mot de passe", "login and password")})
				return true
			}
		}
		off += len(c) + 1
	}
	return false
}

// rowLogin: a cell that is a login: one word shaped like a login
// (looksLikeLogin) or in lower case (« benevoles »), not a capitalised
// name of a place or a person (« Vannes »).
func rowLogin(w string) bool {
	return !strings.ContainsAny(w, " ") && (looksLikeLogin(w) || strings.ToLower(w) == w)
}

// lineOf returns the bounds of the line that holds byte i: its start, and
// its end (its line feed, or the text's end). The sentences come in order,
// so the line found last is kept and each byte of the text is scanned
// once: a text of one 10 MB line made every sentence scan it whole.
func (a *analysis) lineOf(i int) (start, end int) {
	if a.lineKnown && i >= a.lineStart && i <= a.lineEnd {
		return a.lineStart, a.lineEnd
	}
	from := 0
	if a.lineKnown && i > a.lineEnd {
		from = a.lineEnd // a line feed, or the text's end: nothing before it is searched again
	}
	start = from + strings.LastIndexByte(a.text[from:i], '\n') + 1
	end = len(a.text)
	if n := strings.IndexByte(a.text[i:], '\n'); n >= 0 {
		end = i + n
	}
	a.lineBytes += end - from // the bytes scanned, for the tests
	a.lineStart, a.lineEnd, a.lineKnown = start, end, true
	return start, end
}
