package direct

import (
	"strings"
	"unicode/utf8"
)

// A secret is not always after its keyword. Two shapes the keyword's
// own reach misses:
//
//   - the secret named before the keyword, with a word of use between
//     them (« Notre devise, « Soleil2Provence! », sert aussi de mot de
//     passe », "we use Blue#Horse7 as the password") or a verb that says
//     what it is (« Soleil#2025 est le mot de passe du wifi », « 4589B,
//     c'est le code de la porte », "Sunshine2025! is the wifi password":
//     up to two words may qualify the keyword after the verb);
//   - a login and its secret after a colon further in the sentence
//     (« Wi-Fi de la salle des profs, si ça peut aider pour la kermesse :
//     EcoleVH / maitresse2019 »): a pair written « name / secret » is how
//     access is handed over, and the second half holds a digit or a
//     symbol.

// useLinks stand between a secret and its keyword, each written
// backwards from the keyword: « comme », « sert (aussi) de », « en guise
// de », "as (the|our|a)".
var useLinks = [][]string{
	{"comme"}, {"de", "sert"}, {"de", "aussi", "sert"}, {"de", "servira"}, {"de", "servent"},
	{"de", "guise", "en"}, {"as"}, {"the", "as"}, {"our", "as"}, {"a", "as"},
}

// copulaLinks say what the token before them is, written backwards from
// the keyword or from the words that qualify it (« est le », « c'est
// notre », "is the", "was our").
var copulaLinks = [][]string{
	{"le", "est"}, {"la", "est"}, {"notre", "est"}, {"le", "sera"}, {"le", "reste"}, {"le", "devient"},
	{"le", "c'est"}, {"la", "c'est"}, {"notre", "c'est"}, // « c’est »: the typographic apostrophe is a word byte
	{"the", "is"}, {"our", "is"}, {"the", "was"}, {"our", "was"}, {"the", "will", "be"},
}

// maxQualifiers is how many words may stand between a copula link and
// its keyword (« is the office wifi password »).
const maxQualifiers = 2

// secretBefore returns the span of a secret named before the keyword
// that starts at kwStart: a strong secret, or for a code a short token
// with a digit (codeBefore).
func (s *scanner) secretBefore(kwStart int, kind kwKind) (int, int) {
	t := s.text
	j := kwStart
	for _, link := range useLinks {
		if k, ok := wordsBackward(t, kwStart, link); ok {
			j = k
			break
		}
	}
	if j == kwStart {
		j = copulaBefore(t, kwStart)
	}
	if j == kwStart {
		return 0, 0
	}
	e := len(strings.TrimRight(t[:j], " ,\"'`»\u00a0")) // the secret ends before spaces, commas and quotation marks
	b := e
	for b > 0 && t[b-1] > ' ' && t[b-1] != 0xAB && t[b-1] != '"' && t[b-1] != '\'' && e-b < 64 {
		b--
	}
	b = runeCeil(t, b)
	v := t[b:e]
	if !strongSecret(v) && !(kind == kwCode && codeBefore(v) && !s.numberWordBefore(b)) {
		return 0, 0
	}
	return b, e
}

// copulaBefore returns where a copula link starts before kwStart, up to
// maxQualifiers words before it, a « c' » before « est » included; or
// kwStart.
func copulaBefore(t string, kwStart int) int {
	i := kwStart
	for skipped := 0; skipped <= maxQualifiers; skipped++ {
		for _, link := range copulaLinks {
			if k, ok := wordsBackward(t, i, link); ok {
				if k >= 2 && (t[k-1] == '\'' && lower(t[k-2]) == 'c') {
					k -= 2
				} else if k >= 4 && t[k-3:k] == "\u2019" && lower(t[k-4]) == 'c' {
					k -= 4
				}
				return k
			}
		}
		for i > 0 && t[i-1] == ' ' {
			i--
		}
		b := i
		for b > 0 && isWordByte(t[b-1]) {
			b--
		}
		if b == i {
			return kwStart
		}
		i = b
	}
	return kwStart
}

// numberWords name a number that is no code (« le numéro 3018 est le
// code national… »).
var numberWords = map[string]bool{"numero": true, "number": true, "no": true, "n": true, "tel": true}

// numberWordBefore: the word before i is one of numberWords (« n° »
// folds to « n »).
func (s *scanner) numberWordBefore(i int) bool {
	return numberWords[lastWord(s.before(i, 16))] // direct_docs.go
}

// codeBefore: a door or alarm code named before its keyword (« 4589B,
// c'est le code de la porte »): three to twelve letters and digits, a
// digit among them, no year alone.
func codeBefore(v string) bool {
	if len(v) < 3 || len(v) > 12 || !hasDigit(v) || yearLike(v) {
		return false
	}
	for k := 0; k < len(v); k++ {
		if !isAlnum(v[k]) {
			return false
		}
	}
	return true
}

// wordsBackward: the words of link, last first, stand right before i
// (spaces between); it returns where the first of them starts.
func wordsBackward(t string, i int, link []string) (int, bool) {
	var key [48]byte
	for _, w := range link {
		for i > 0 && t[i-1] == ' ' {
			i--
		}
		b := i
		for b > 0 && isWordByte(t[b-1]) {
			b--
		}
		if b == i || string(foldKey(&key, t[b:i])) != w {
			return 0, false
		}
		i = b
	}
	return i, true
}

// strongSecret: a token a sentence's words never are: six bytes or more,
// letters with a digit or with a symbol inside, no year alone, no
// address (« @ », « / »).
func strongSecret(v string) bool {
	if len(v) < 6 || strings.ContainsAny(v, "@/") || yearLike(v) {
		return false
	}
	letters := false
	for k := 0; k < len(v); k++ {
		letters = letters || isUpper(v[k]) || v[k] >= 'a' && v[k] <= 'z'
	}
	return letters && (hasDigit(v) || innerSymbol(v) || mixedOrSymbol(strings.TrimRight(v, "!?.")) && strings.ContainsAny(v, "!#$%*+?^~&"))
}

// farColon returns the first colon at most 100 bytes after from, in the
// same sentence, or a dash standing for one (« — », « – », « - » between
// spaces: its last byte), or -1.
func (s *scanner) farColon(from int) int {
	t := s.text
	for j := from; j < min(len(t), from+100); j++ {
		if t[j] == '\n' || (t[j] == '.' || t[j] == '!' || t[j] == '?') && (j+1 == len(t) || t[j+1] == ' ') {
			return -1
		}
		if t[j] == ':' {
			return j
		}
		if t[j] == ' ' && j+2 < len(t) && t[j+1] == '-' && t[j+2] == ' ' {
			return j + 1 // « … plus 2023 - Biscuit2023 »: a spaced dash announces the value as a colon does
		}
		if t[j] == 0xE2 && j+2 < len(t) && t[j+1] == 0x80 && (t[j+2] == 0x94 || t[j+2] == 0x93) {
			return j + 2 // an em or en dash: its last byte, so that the value is read after it
		}
	}
	return -1
}

// valueAfterFarColon returns the secret after the colon at c, far from
// its keyword, in the same sentence (farColon): a code holding a digit right after it
// (« Le code du portail de la résidence où on fait la distribution :
// B2741 »), or a strong secret among its next six words (« Mot de passe
// de la boîte contact@ : on l'a changé en Marguerite1901 »).
func (s *scanner) valueAfterFarColon(c int, kind kwKind) (int, int) {
	t := s.text
	if kind != kwCode && kind != kwSecret {
		return 0, 0
	}
	j := skipSpaces(t, c+1, 2)
	for words := 0; words < 6 && j < len(t) && isTokenStart(t[j]); words++ {
		e := tokenEnd(t, j)
		v := trimValue(t[j:e])
		if strongSecret(v) || words == 0 && kind == kwCode && len(v) >= 4 && hasDigit(v) && !yearLike(v) && secretValue(v, kind) {
			return j, j + len(v)
		}
		if strings.ContainsAny(t[e-1:e], ".!?;") {
			break
		}
		j = skipSpaces(t, e, 2)
	}
	return 0, 0
}

// pairAfterColon returns the secret of a pair « name / secret » after
// the colon at c (farColon).
func (s *scanner) pairAfterColon(c int) (int, int) {
	t := s.text
	j := skipSpaces(t, c+1, 2)
	if j >= len(t) || !isTokenStart(t[j]) {
		return 0, 0
	}
	e := tokenEnd(t, j)
	slash := strings.IndexByte(t[j:e], '/')
	switch {
	case slash > 0 && slash < e-j-1: // « EcoleVH/maitresse2019 »
		j += slash + 1
	default:
		k := skipSpaces(t, e, 2)
		if k >= len(t) || t[k] != '/' && t[k] != '|' {
			return 0, 0
		}
		j = skipSpaces(t, k+1, 2)
		if j >= len(t) || !isTokenStart(t[j]) {
			return 0, 0
		}
		e = tokenEnd(t, j)
	}
	v := trimValue(t[j:e])
	if !strongSecret(v) {
		return 0, 0
	}
	return j, j + len(v)
}

// runeCeil moves i forward to the start of a rune.
func runeCeil(t string, i int) int {
	for i < len(t) && !utf8.RuneStart(t[i]) {
		i++
	}
	return i
}
