package classify

import (
	"unicode"
	"unicode/utf8"
)

// The classifier never works on raw text: it folds it (lower case, accents
// removed) so that "Diabétique", "DIABETIQUE" and "diabetique" meet the same
// dictionary entry, and it keeps, for every token, the byte span of the
// original so that findings point into what the volunteer typed.
//
// Text is processed one sentence at a time: rules look for a person and a
// fact in the same sentence, and a bounded sentence keeps the work linear on
// a 10 MB value.

// token is one word of a sentence.
type token struct {
	norm         string // folded form
	start, end   int    // byte span in the original text
	nstart, nend int    // span of norm in the sentence's folded text
	sep          byte   // first punctuation between the previous token and this one, 0 if only spaces
	spaced       bool   // white space between the previous token and this one
	flags        tokFlags
	cls          classSet // word classes, set by tagSentence
}

type tokFlags uint8

const (
	fCap    tokFlags = 1 << iota // first letter is upper case in the original
	fUpper                       // every letter upper case, at least two letters
	fDigit                       // only digits
	fLetter                      // only letters
	fQuoted                      // a quotation mark stands between the previous token and this one
	fCode                        // an anonymisation code, see codes.go
)

func (t token) has(f tokFlags) bool { return t.flags&f != 0 }

// sentence is a run of tokens between two sentence boundaries.
type sentence struct {
	toks       []token
	start, end int // byte span in the original text
	shouting   bool
}

// maxSentenceTokens bounds the work of pairwise rules on a text without
// punctuation: a longer run is cut into several sentences.
const maxSentenceTokens = 400

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"m": true, "mme": true, "mlle": true, "dr": true, "pr": true, "me": true,
	"st": true, "ste": true, "mr": true, "mrs": true, "ms": true, "av": true,
	"bd": true, "n": true, "no": true, "cf": true, "ex": true, "tel": true,
	"vs": true, "env": true, "boul": true, "fg": true, "imp": true, "pl": true,
}

// sentScanner cuts a text into folded sentences.
type sentScanner struct {
	text string
	pos  int
	buf  []byte
	toks []token
}

// next fills s with the next sentence; it returns false at the end.
func (sc *sentScanner) next(s *sentence) bool {
	sc.buf = sc.buf[:0]
	sc.toks = sc.toks[:0]
	for sc.pos < len(sc.text) {
		if sc.step() {
			break
		}
	}
	if len(sc.toks) == 0 && sc.pos >= len(sc.text) {
		return false
	}
	norm := string(sc.buf)
	for i := range sc.toks {
		t := &sc.toks[i]
		t.norm = norm[t.nstart:t.nend]
	}
	s.toks = sc.toks
	s.start, s.end = 0, 0
	if len(s.toks) > 0 {
		s.start, s.end = s.toks[0].start, s.toks[len(s.toks)-1].end
	}
	s.shouting = isShouting(s.toks)
	return true
}

// step consumes one token or one separator; it returns true at a sentence end.
func (sc *sentScanner) step() bool {
	text := sc.text
	var sep byte
	spaced, quoted := false, false
	for sc.pos < len(text) {
		if c := text[sc.pos]; c == ' ' {
			spaced = true
			sc.pos++
			continue
		}
		if end := codeEnd(text, sc.pos); end > 0 {
			sc.code(end, sep, spaced)
			return len(sc.toks) >= maxSentenceTokens
		}
		r, size := decode(text, sc.pos)
		if isWordRune(r) {
			break
		}
		if r == '\n' || r == '!' || r == '?' || r == '.' && sc.endsSentence() {
			sc.pos += size
			if len(sc.toks) > 0 {
				return true
			}
			continue
		}
		if unicode.IsSpace(r) {
			spaced = true
		} else if p := punct(r); sep == 0 {
			sep, quoted = p, p == '"'
		} else {
			quoted = quoted || p == '"'
		}
		sc.pos += size
	}
	if sc.pos >= len(text) {
		return false
	}
	sc.word(sep, spaced)
	if quoted {
		sc.toks[len(sc.toks)-1].flags |= fQuoted
	}
	return len(sc.toks) >= maxSentenceTokens
}

// code appends the placeholder token of the anonymisation code that ends
// at byte end.
func (sc *sentScanner) code(end int, sep byte, spaced bool) {
	nstart := len(sc.buf)
	sc.buf = append(sc.buf, codeNorm...)
	sc.toks = append(sc.toks, token{
		start: sc.pos, end: end, nstart: nstart, nend: len(sc.buf),
		sep: sep, spaced: spaced, flags: fCode,
	})
	sc.pos = end
}

// endsSentence decides whether the dot at sc.pos ends a sentence: not after
// an initial or an abbreviation, not inside a number or an address.
func (sc *sentScanner) endsSentence() bool {
	next := sc.pos + 1
	if next < len(sc.text) && !isSpaceByte(sc.text[next]) {
		return false
	}
	if len(sc.toks) == 0 {
		return true
	}
	last := sc.toks[len(sc.toks)-1]
	if last.end != sc.pos {
		return true
	}
	w := string(sc.buf[last.nstart:last.nend])
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return false
	}
	return !abbreviations[w]
}

// wordShape counts the letters, capitals and digits of a word.
type wordShape struct {
	letters, uppers, digits int
	first                   bool // no rune read yet
	flags                   tokFlags
}

// word reads one word at sc.pos and appends its folded form and token.
func (sc *sentScanner) word(sep byte, spaced bool) {
	ostart := sc.pos
	nstart := len(sc.buf)
	sh := wordShape{first: true}
	// runs of ASCII bytes, each followed by one other rune, up to a separator
	for sc.asciiRun(&sh) && sc.otherRune(&sh) {
	}
	flags := sh.flags
	if sh.letters >= 2 && sh.uppers == sh.letters {
		flags |= fUpper
	}
	if sh.letters == 0 {
		flags |= fDigit
	} else if sh.digits == 0 {
		flags |= fLetter
	}
	sc.toks = append(sc.toks, token{
		start: ostart, end: sc.pos, nstart: nstart, nend: len(sc.buf),
		sep: sep, spaced: spaced, flags: flags,
	})
}

// asciiRun is the fast path of word: it reads ASCII letters and digits
// and reports whether a non-ASCII rune follows (the word may go on).
func (sc *sentScanner) asciiRun(sh *wordShape) bool {
	text := sc.text
	for sc.pos < len(text) {
		c := text[sc.pos]
		switch {
		case c >= utf8.RuneSelf:
			return true
		case c >= 'a' && c <= 'z':
			sh.letters++
		case c >= '0' && c <= '9':
			sh.digits++
		case c >= 'A' && c <= 'Z':
			sh.letters++
			sh.uppers++
			if sh.first {
				sh.flags |= fCap
			}
			c += 'a' - 'A'
		default:
			return false
		}
		sh.first = false
		sc.buf = append(sc.buf, c)
		sc.pos++
	}
	return false
}

// otherRune reads one non-ASCII rune of a word; false at the end of the word.
func (sc *sentScanner) otherRune(sh *wordShape) bool {
	r, size := decode(sc.text, sc.pos)
	if !isWordRune(r) {
		return false
	}
	switch {
	case unicode.IsDigit(r):
		sh.digits++
	case unicode.IsUpper(r):
		sh.letters++
		sh.uppers++
		if sh.first {
			sh.flags |= fCap
		}
	default:
		sh.letters++
	}
	sh.first = false
	sc.buf = appendFolded(sc.buf, r)
	sc.pos += size
	return true
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// decode reads one rune; an invalid byte reads as a space of size 1.
func decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size <= 1 {
		return ' ', 1
	}
	return r, size
}

// isWordRune: letters and digits make words; apostrophes and hyphens split
// them ("d'origine" is "d" + "origine", "Anne-Sophie" two tokens joined by '-').
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// punct maps a separator rune to the byte rules look at.
func punct(r rune) byte {
	switch r {
	case '\'', '’', '‘', 'ʼ':
		return '\''
	case '-', '‐', '‑', '–', '—':
		return '-'
	case '«', '»', '“', '”':
		return '"'
	}
	if r < utf8.RuneSelf {
		return byte(r)
	}
	if unicode.IsSpace(r) {
		return 0
	}
	return '*'
}

// appendFolded appends the lower-case, accent-free form of r.
func appendFolded(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	}
	if f, ok := foldTable[r]; ok {
		return append(b, f...)
	}
	if unicode.Is(unicode.Mn, r) {
		return b
	}
	return utf8.AppendRune(b, unicode.ToLower(r))
}

// fold returns the folded form of a whole string (dictionary entries).
func foldWord(s string) string {
	var b []byte
	for _, r := range s {
		b = appendFolded(b, r)
	}
	return string(b)
}

// foldTable maps accented Latin letters to their base letters.
var foldTable = buildFoldTable()

func buildFoldTable() map[rune]string {
	groups := map[string]string{
		"a": "àáâãäåāăąÀÁÂÃÄÅĀĂĄ", "c": "çćĉċčÇĆĈĊČ", "d": "ďđĎĐ",
		"e": "èéêëēĕėęěÈÉÊËĒĔĖĘĚ", "g": "ĝğġģĜĞĠĢ", "h": "ĥħĤĦ",
		"i": "ìíîïĩīĭįıÌÍÎÏĨĪĬĮİ", "j": "ĵĴ", "k": "ķĶ", "l": "ĺļľŀłĹĻĽĿŁ",
		"n": "ñńņňÑŃŅŇ", "o": "òóôõöøōŏőÒÓÔÕÖØŌŎŐ", "r": "ŕŗřŔŖŘ",
		"s": "śŝşšșŚŜŞŠȘ", "t": "ţťŧțŢŤŦȚ", "u": "ùúûüũūŭůűųÙÚÛÜŨŪŬŮŰŲ",
		"w": "ŵŴ", "y": "ýÿŷÝŸŶ", "z": "źżžŹŻŽ",
		"oe": "œŒ", "ae": "æÆ", "ss": "ß",
	}
	m := make(map[rune]string, 256)
	for base, letters := range groups {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}

// isShouting reports an all-capitals sentence ("VENTE DE GATEAUX AU PROFIT
// DU TELETHON"), where capitals say nothing about names.
func isShouting(toks []token) bool {
	upper, letters := 0, 0
	for _, t := range toks {
		if !t.has(fLetter) || len(t.norm) < 2 {
			continue
		}
		letters++
		if t.has(fUpper) {
			upper++
		}
	}
	return letters >= 3 && upper*10 >= letters*7
}

// joined reports whether toks[i] is glued to the previous token by sep.
func joined(toks []token, i int, sep byte) bool {
	return i > 0 && toks[i].sep == sep && !toks[i].spaced
}
