package direct

import (
	"math"
	"strings"

	"tamis/i18n"
)

// shapes runs the detectors that recognise a value by its form alone at the
// word start i: IBAN, licence plate, profile link, API keys and tokens.
func (s *scanner) shapes(i int) (int, bool) {
	t := s.text
	c := t[i]
	if !isAlnum(c) {
		return 0, false
	}
	if isLetter(c) && i+1 < len(t) {
		// The shapes' own first tests, asked here: most words are none
		// of them, and a call per word and shape cost more than the test.
		if isLetter(t[i+1]) && i+3 < len(t) && isDigit(t[i+2]) && isDigit(t[i+3]) {
			if end, ok := s.iban(i); ok {
				return end, true
			}
		}
		if sivLetter(c) && sivLetter(t[i+1]) {
			if end, ok := s.plate(i); ok {
				return end, true
			}
		}
		if isLetter(t[i+1]) && i+2 < len(t) && (isDigit(t[i+2]) || t[i+2] == ' ') {
			if end, ok := s.niNumber(i); ok { // direct_foreign_ids.go
				return end, true
			}
		}
		if isDigit(t[i+1]) && eircodeLetter(c) {
			if end, ok := s.eircode(i); ok { // direct_foreign_ids.go
				return end, true
			}
		}
		if profileSitePairs.has(lower(c), lower(t[i+1])) {
			if end, ok := s.profileURL(i); ok {
				return end, true
			}
		}
	}
	if i > 0 && isSecretByte(t[i-1]) {
		return 0, false // inside a longer token, already examined
	}
	if i+minShortSecret > len(t) || !isSecretByte(t[i+minShortSecret-1]) {
		return 0, false // no run of ten: the run below would be shorter
	}
	e := i
	for e < len(t) && isSecretByte(t[e]) {
		e++
	}
	if e-i < minSecret {
		if e-i >= minShortSecret && shortRandom(t[i:e]) && !inURL(t, i) {
			s.add(ruleCredential, Blocked, i, e,
				i18n.T("suite de caractères qui ressemble à un mot de passe ou une clé", "string that looks like a password or a key"))
			return e, true
		}
		return 0, false
	}
	if knownToken(t[i:e]) || (e-i <= 512 && randomLooking(t[i:e]) && !inURL(t, i)) {
		s.add(ruleCredential, Blocked, i, e,
			i18n.T("clé d'API ou jeton secret", "API key or secret token"))
		return e, true
	}
	return 0, false
}

// isSecretByte reports the bytes of keys and tokens (base64, base64url, hex).
func isSecretByte(c byte) bool { return secretBytes[c] }

var secretBytes = func() (t [256]bool) {
	for c := range 256 {
		b := byte(c)
		t[c] = isAlnum(b) || b == '_' || b == '-' || b == '+' || b == '/' || b == '='
	}
	return t
}()

// tokenPrefixes are the published prefixes of common secret keys.
var tokenPrefixes = []string{
	"sk-", "sk_live_", "sk_test_", "rk_live_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_",
	"glpat-", "xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxs-", "AKIA", "ASIA", "AIza", "hf_", "npm_",
	"shpat_", "dop_v1_",
}

// knownToken reports a token with a published secret-key prefix.
func knownToken(tok string) bool {
	for _, p := range tokenPrefixes {
		if strings.HasPrefix(tok, p) && len(tok)-len(p) >= 16 {
			return true
		}
	}
	return false
}

// randomLooking reports a string that looks generated: upper case, lower
// case and digits mixed and switching often (words have long runs of one
// case), and a high character entropy.
func randomLooking(tok string) bool {
	m := mixOf(tok)
	if m.up < 2 || m.lo < 2 || m.dg < 2 || m.maxLetterRun > 8 || m.changes*100 < 42*len(tok) {
		return false
	}
	var counts [256]int
	for k := 0; k < len(tok); k++ {
		counts[tok[k]]++
	}
	h := 0.0
	for _, n := range counts {
		if n > 0 {
			p := float64(n) / float64(len(tok))
			h -= p * math.Log2(p)
		}
	}
	return h >= 3.7
}

// tokenMix tells the kinds of bytes of a token and how they alternate.
type tokenMix struct {
	up, lo, dg   int // capitals, small letters, digits
	changes      int // bytes of another kind than the byte before
	maxLetterRun int // longest run of letters of one case
	maxDigitRun  int // longest run of digits
	distinct     int // distinct bytes
}

// mixOf reads tok once for tokenMix.
func mixOf(tok string) tokenMix {
	var m tokenMix
	var seen [256]bool
	run := 0
	for k := 0; k < len(tok); k++ {
		c := tok[k]
		if !seen[c] {
			seen[c], m.distinct = true, m.distinct+1
		}
		cl := byteClass[c]
		switch {
		case cl&clUpper != 0:
			m.up++
		case cl&clLower != 0:
			m.lo++
		case cl&clDigit != 0:
			m.dg++
		}
		if k > 0 && cl == byteClass[tok[k-1]] {
			run++
		} else {
			run = 1
		}
		if k > 0 && cl != byteClass[tok[k-1]] {
			m.changes++
		}
		switch {
		case cl&clDigit != 0:
			m.maxDigitRun = max(m.maxDigitRun, run)
		case cl&(clUpper|clLower) != 0:
			m.maxLetterRun = max(m.maxLetterRun, run)
		}
	}
	return m
}

// minShortSecret is the length of the shortest password read by its
// form alone, without a keyword.
const minShortSecret = 10

// shortRandom reports a password or a key of ten to nineteen bytes given
// without its keyword (« ce qu'il faut taper c'est 7dE9kQ2mPx4T »):
// capitals, small letters and digits, two of each at least, changing
// kind at most bytes (two letters of a kind in a row at most), hardly a
// byte repeated. Words, references and
// product names ("iPhone15Pro", "AB12CD34EF") keep longer runs of one
// kind.
func shortRandom(tok string) bool {
	m := mixOf(tok)
	return m.up >= 2 && m.lo >= 2 && m.dg >= 2 && m.maxLetterRun <= 2 && m.maxDigitRun <= 3 &&
		m.changes*10 >= 6*(len(tok)-1) && m.distinct*4 >= 3*len(tok)
}

// shortSecretAt finds, at the digit i, a password that starts with a
// digit (« 4FqzR9tKv2Lw »), which the word detectors never see.
func (s *scanner) shortSecretAt(i int) (int, bool) {
	t := s.text
	e := i
	for e < len(t) && e-i < minSecret && isSecretByte(t[e]) {
		e++
	}
	if e-i < minShortSecret || e-i >= minSecret || !shortRandom(t[i:e]) || inURL(t, i) {
		return 0, false
	}
	s.add(ruleCredential, Blocked, i, e,
		i18n.T("suite de caractères qui ressemble à un mot de passe ou une clé", "string that looks like a password or a key"))
	return e, true
}

// inURL reports whether the token at i is part of a link ("https://…",
// "www.…"): document and video identifiers are not secrets.
func inURL(t string, i int) bool {
	b := i
	for b > 0 && i-b < 200 && t[b-1] > ' ' {
		b--
	}
	chunk := t[b:i]
	return strings.Contains(chunk, "://") || strings.Contains(chunk, "www.") || strings.Contains(chunk, ".com/") ||
		strings.Contains(chunk, ".fr/") || strings.Contains(chunk, ".org/") || strings.Contains(chunk, ".gle/")
}

// privateKey finds a PEM private key block at '-' and returns where
// scanning resumes.
func (s *scanner) privateKey(i int) int {
	t := s.text
	const begin = "-----BEGIN "
	if !strings.HasPrefix(t[i:], begin) {
		return i + 1
	}
	head := t[i+len(begin) : min(len(t), i+len(begin)+40)]
	if !strings.Contains(head, "PRIVATE KEY-----") {
		return i + len(begin)
	}
	end := runeFloor(t, i, min(len(t), i+16<<10))
	if k := strings.Index(t[i+len(begin):end], "-----END "); k >= 0 {
		e := i + len(begin) + k + len("-----END ")
		if m := strings.Index(t[e:min(len(t), e+40)], "-----"); m >= 0 {
			end = e + m + 5
		}
	}
	s.add(ruleCredential, Blocked, i, end, i18n.T("clé privée", "private key"))
	return end
}
