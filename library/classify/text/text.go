// Package text is the classifier's reading of a text: it folds it
// (lower case, no accents), cuts it into sentences and tokens, and keeps
// for every token its byte span in the original.
package text

import (
	"math"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// The classifier never works on raw text: it folds it (lower case, accents
// removed) so that "Diabétique", "DIABETIQUE" and "diabetique" meet the same
// dictionary entry, and it keeps, for every token, the byte span of the
// original so that findings point into what the volunteer typed.
//
// Text is processed one sentence at a time: rules look for a person and a
// fact in the same sentence, and a bounded sentence keeps the work linear on
// a 10 MB value.

// Token is one word of a sentence.
type Token struct {
	Norm       string // folded form
	Start, End int32  // byte span in the original text: int32 keeps the token one cache line (see MaxText)
	Sep        byte   // first punctuation between the previous token and this one, 0 if only spaces
	Spaced     bool   // white space between the previous token and this one
	Flags      Flags
	Cls        ClassSet // word classes, set by the classifier when it tags the sentence
}

// A Token is 64 bytes, one cache line: the rules read the tokens of a
// sentence tens of times over, and copy them as they range over them.
var _ [64 - unsafe.Sizeof(Token{})]struct{}

// Flags describe the shape of a token.
type Flags uint8

// The shapes of a token.
const (
	Cap    Flags = 1 << iota // first letter is upper case in the original
	Upper                    // every letter upper case, at least two letters
	Digit                    // only digits
	Letter                   // only letters
	Quoted                   // a quotation mark stands between the previous token and this one
	Code                     // an anonymisation code, see Scanner.Reset
)

// MaxText is the length of the longest text a Scanner reads, so that a
// token's span fits the int32 that keeps it one cache line. Nothing that
// reaches the classifier comes near it: the command line reads at most
// 64 MiB a line or a file (maxInputSize, cmd_import.go), a --valeurs
// file 1 MiB (values.go), a template 64 KiB (library.MaxTemplateSize)
// and a form's values are typed by hand. Reset cuts a longer
// text there: its sentences beyond are not read (the direct byte scanner,
// which keeps int spans, still reads the whole text).
const MaxText = math.MaxInt32

// From is the start of the token's byte span, as an int.
func (t *Token) From() int { return int(t.Start) }

// To is the end of the token's byte span, as an int.
func (t *Token) To() int { return int(t.End) }

// Has reports whether the token has the shape f.
func (t *Token) Has(f Flags) bool { return t.Flags&f != 0 }

// Sentence is a run of tokens between two sentence boundaries.
type Sentence struct {
	Toks       []Token
	Start, End int // byte span in the original text
	Shouting   bool
	Norms      string // the tokens' folded forms end to end: each Norm is a piece of it, in order
}

// CodeNorm is the folded form of a placeholder token: no dictionary
// holds an underscore, so no word rule matches it.
const CodeNorm = "_code_"

// maxSentenceTokens bounds the work of pairwise rules on a text without
// punctuation: a longer run is cut into several sentences.
const maxSentenceTokens = 400

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"m": true, "mme": true, "mlle": true, "dr": true, "pr": true, "me": true,
	"st": true, "ste": true, "mr": true, "mrs": true, "ms": true, "av": true,
	"bd": true, "n": true, "no": true, "cf": true, "ex": true, "tel": true,
	"vs": true, "env": true, "boul": true, "fg": true, "imp": true, "pl": true,
	// parts of an address: « bât. B », « esc. 3 », « appt. 12 », « rés. les Pins »
	"bat": true, "esc": true, "appt": true, "apt": true, "res": true, "imm": true,
}

// Scanner cuts a text into folded sentences.
type Scanner struct {
	text    string
	pos     int
	buf     []byte
	toks    []Token
	nends   []int // end in buf of each token's folded form: a token's starts where the last one's ends
	codeEnd func(text string, i int) int
	// the longest buf and toks written since the last Reset: beyond, the
	// buffers' capacity holds only zeros, and Reset need not clear it
	bufUsed, toksUsed int
}

// Reset readies the scanner for text, keeping the capacity of its
// buffers but none of their content: a pooled scanner holds no piece of
// the last text. codeEnd returns the end of the anonymisation code that
// starts at text[i], or 0; nil means the text holds no code. The scanner
// reads each code as one placeholder token (flag Code, folded form
// CodeNorm); what a code looks like is the anonymiser's knowledge
// (classify/codes.go).
func (sc *Scanner) Reset(text string, codeEnd func(text string, i int) int) {
	text = text[:min(len(text), MaxText)]
	*sc = Scanner{text: text, buf: wipe(sc.buf, sc.bufUsed), toks: wipe(sc.toks, sc.toksUsed), nends: sc.nends[:0], codeEnd: codeEnd}
}

// codeAt returns the end of the anonymisation code at text[i], or 0.
func (sc *Scanner) codeAt(i int) int {
	if sc.codeEnd == nil {
		return 0
	}
	return sc.codeEnd(sc.text, i)
}

// wipe empties a buffer and zeroes the used first elements of its
// capacity: the others were never written.
func wipe[T any](b []T, used int) []T {
	clear(b[:used])
	return b[:0]
}

// Next fills s with the next sentence; it returns false at the end. The
// tokens, and their folded forms, are valid until the next call to Next
// or Reset.
func (sc *Scanner) Next(s *Sentence) bool {
	sc.buf = sc.buf[:0]
	sc.toks = sc.toks[:0]
	sc.nends = sc.nends[:0]
	for sc.pos < len(sc.text) {
		if sc.step() {
			break
		}
	}
	if len(sc.toks) == 0 && sc.pos >= len(sc.text) {
		return false
	}
	sc.bufUsed = max(sc.bufUsed, len(sc.buf))
	sc.toksUsed = max(sc.toksUsed, len(sc.toks))
	// The folded forms point into buf, not into a copy of it: the next
	// call to Next writes over them, so a sentence's tokens are read
	// before the next one is asked for (a caller that keeps a Norm longer
	// clones it). One allocation and one copy less per sentence.
	var norm string
	if len(sc.buf) > 0 {
		norm = unsafe.String(&sc.buf[0], len(sc.buf))
	}
	start := 0
	for i, end := range sc.nends {
		sc.toks[i].Norm = norm[start:end]
		start = end
	}
	s.Toks = sc.toks
	s.Norms = norm
	s.Start, s.End = 0, 0
	if len(s.Toks) > 0 {
		s.Start, s.End = s.Toks[0].From(), s.Toks[len(s.Toks)-1].To()
	}
	s.Shouting = isShouting(s.Toks)
	return true
}

// step consumes one token or one separator; it returns true at a sentence end.
func (sc *Scanner) step() bool {
	text := sc.text
	var sep byte
	spaced, quoted := false, false
	for sc.pos < len(text) {
		c := text[sc.pos]
		if c == ' ' {
			spaced = true
			sc.pos++
			continue
		}
		if end := sc.codeAt(sc.pos); end > 0 {
			sc.code(end, sep, spaced)
			return len(sc.toks) >= maxSentenceTokens
		}
		if asciiKind[c] != 0 {
			break // an ASCII letter or digit starts a word: IsWordRune without the call
		}
		r, size := Decode(text, sc.pos)
		if IsWordRune(r) {
			break
		}
		if r == '\n' || (r == '!' || r == '?') && !sc.glued() || r == '.' && sc.endsSentence() {
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
		sc.toks[len(sc.toks)-1].Flags |= Quoted
	}
	return len(sc.toks) >= maxSentenceTokens
}

// code appends the placeholder token of the anonymisation code that ends
// at byte end.
func (sc *Scanner) code(end int, sep byte, spaced bool) {
	sc.buf = append(sc.buf, CodeNorm...)
	sc.toks = append(sc.toks, Token{Start: int32(sc.pos), End: int32(end), Sep: sep, Spaced: spaced, Flags: Code})
	sc.nends = append(sc.nends, len(sc.buf))
	sc.pos = end
}

// glued: the '!' or '?' at sc.pos sits between two letters or digits
// (« Velo!2026 », "Scene?Open"), inside a password or a code, not at the
// end of a sentence.
func (sc *Scanner) glued() bool {
	p, n := sc.pos-1, sc.pos+1
	return p >= 0 && n < len(sc.text) && asciiKind[sc.text[p]] != 0 && asciiKind[sc.text[n]] != 0
}

// endsSentence decides whether the dot at sc.pos ends a sentence: not after
// an initial or an abbreviation, not inside a number or an address.
func (sc *Scanner) endsSentence() bool {
	next := sc.pos + 1
	if next < len(sc.text) && !isSpaceByte(sc.text[next]) {
		return false
	}
	if len(sc.toks) == 0 {
		return true
	}
	last := sc.toks[len(sc.toks)-1]
	if last.To() != sc.pos {
		return true
	}
	nstart := 0
	if n := len(sc.nends); n > 1 {
		nstart = sc.nends[n-2]
	}
	w := string(sc.buf[nstart:sc.nends[len(sc.nends)-1]])
	if len(w) == 1 && w[0] >= 'a' && w[0] <= 'z' {
		return false
	}
	return !abbreviations[w]
}

// wordShape counts the letters, capitals and digits of a word.
type wordShape struct {
	letters, uppers, digits int
	first                   bool // no rune read yet
	flags                   Flags
}

// word reads one word at sc.pos and appends its folded form and token.
func (sc *Scanner) word(sep byte, spaced bool) {
	if sc.asciiWord(sep, spaced) {
		return
	}
	ostart := sc.pos
	sh := wordShape{first: true}
	// runs of ASCII bytes, each followed by one other rune, up to a separator
	for sc.asciiRun(&sh) && sc.otherRune(&sh) {
	}
	flags := sh.flags
	if sh.letters >= 2 && sh.uppers == sh.letters {
		flags |= Upper
	}
	if sh.letters == 0 {
		flags |= Digit
	} else if sh.digits == 0 {
		flags |= Letter
	}
	sc.toks = append(sc.toks, Token{Start: int32(ostart), End: int32(sc.pos), Sep: sep, Spaced: spaced, Flags: flags})
	sc.nends = append(sc.nends, len(sc.buf))
}

// asciiWord is word for a word of ASCII letters and digits only, most
// words of a French or English text: one loop counts its digits and
// capitals, with no shape to carry between runs. It reports false, and
// reads nothing, when a non-ASCII byte follows the run: word reads it.
func (sc *Scanner) asciiWord(sep byte, spaced bool) bool {
	text := sc.text
	start, i := sc.pos, sc.pos
	digits, uppers := 0, 0
	for ; i < len(text); i++ {
		switch c := text[i]; {
		case c-'a' < 26: // most bytes: one comparison each
		case c-'0' < 10:
			digits++
		case c-'A' < 26:
			uppers++
		default:
			goto end
		}
	}
end:
	if i == start || i < len(text) && text[i] >= utf8.RuneSelf {
		return false
	}
	n := len(sc.buf)
	sc.buf = append(sc.buf, text[start:i]...)
	if uppers > 0 {
		for k := n; k < len(sc.buf); k++ {
			if c := sc.buf[k]; c >= 'A' && c <= 'Z' {
				sc.buf[k] = c + 'a' - 'A'
			}
		}
	}
	var flags Flags
	if c := text[start]; c >= 'A' && c <= 'Z' {
		flags |= Cap
	}
	letters := i - start - digits
	if letters >= 2 && uppers == letters {
		flags |= Upper
	}
	if letters == 0 {
		flags |= Digit
	} else if digits == 0 {
		flags |= Letter
	}
	sc.pos = i
	sc.toks = append(sc.toks, Token{Start: int32(start), End: int32(i), Sep: sep, Spaced: spaced, Flags: flags})
	sc.nends = append(sc.nends, len(sc.buf))
	return true
}

// asciiRun is the fast path of word: it reads ASCII letters and digits
// and reports whether a non-ASCII rune follows (the word may go on). The
// run is copied at once, then lowered where it held capitals.
func (sc *Scanner) asciiRun(sh *wordShape) bool {
	text := sc.text
	start, i := sc.pos, sc.pos
	digits, uppers := 0, 0 // counted here, not through sh: registers
	for i < len(text) {
		switch c := text[i]; {
		case c-'a' < 26: // most bytes: one comparison each
		case c-'0' < 10:
			digits++
		case c-'A' < 26:
			uppers++
		default:
			goto end
		}
		i++
	}
end:
	lowers := i - start - digits - uppers
	if i == start {
		return i < len(text) && text[i] >= utf8.RuneSelf
	}
	if sh.first && text[start] >= 'A' && text[start] <= 'Z' {
		sh.flags |= Cap
	}
	sh.first = false
	sh.letters += lowers + uppers
	sh.uppers += uppers
	sh.digits += digits
	n := len(sc.buf)
	sc.buf = append(sc.buf, text[start:i]...)
	if uppers > 0 {
		for k := n; k < len(sc.buf); k++ {
			if c := sc.buf[k]; c >= 'A' && c <= 'Z' {
				sc.buf[k] = c + 'a' - 'A'
			}
		}
	}
	sc.pos = i
	return i < len(text) && text[i] >= utf8.RuneSelf
}

// asciiKind sorts the ASCII bytes: 1 a lower-case letter, 2 a digit, 4
// an upper-case letter, 0 anything else (no word starts there).
var asciiKind = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = 1
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = 2
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 4
	}
	return t
}()

// otherRune reads one non-ASCII rune of a word; false at the end of the word.
func (sc *Scanner) otherRune(sh *wordShape) bool {
	r, size := Decode(sc.text, sc.pos)
	if r < latinSize { // an invalid byte reads as a space, no word rune
		l := &latin[r]
		if !l.word {
			return false
		}
		sh.add(l.digit, l.upper)
		sc.buf = append(sc.buf, l.fold...)
		sc.pos += size
		return true
	}
	if !IsWordRune(r) {
		return false
	}
	sh.add(unicode.IsDigit(r), unicode.IsUpper(r))
	sc.buf = appendFolded(sc.buf, r)
	sc.pos += size
	return true
}

// add counts one rune of a word.
func (sh *wordShape) add(digit, upper bool) {
	switch {
	case digit:
		sh.digits++
	case upper:
		sh.letters++
		sh.uppers++
		if sh.first {
			sh.flags |= Cap
		}
	default:
		sh.letters++
	}
	sh.first = false
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// Decode reads one rune; an invalid byte reads as a space of size 1.
func Decode(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && size <= 1 {
		return ' ', 1
	}
	return r, size
}

// IsWordRune: letters and digits make words; apostrophes and hyphens split
// them ("d'origine" is "d" + "origine", "Anne-Sophie" two tokens joined by '-').
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	if r >= 0 && r < latinSize {
		return latin[r].word
	}
	return slowIsWordRune(r)
}

// slowIsWordRune is IsWordRune by the unicode tables.
func slowIsWordRune(r rune) bool {
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
	if r >= utf8.RuneSelf && r < latinSize {
		return append(b, latin[r].fold...)
	}
	return slowAppendFolded(b, r)
}

// slowAppendFolded is appendFolded by the fold map and the unicode tables.
func slowAppendFolded(b []byte, r rune) []byte {
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

// Fold returns the folded form of a whole string (dictionary entries).
func Fold(s string) string {
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
func isShouting(toks []Token) bool {
	upper, letters := 0, 0
	for ti := range toks {
		t := &toks[ti]
		if !t.Has(Letter) || len(t.Norm) < 2 {
			continue
		}
		letters++
		if t.Has(Upper) {
			upper++
		}
	}
	return letters >= 3 && upper*10 >= letters*7
}

// Joined reports whether toks[i] is glued to the previous token by sep.
func Joined(toks []Token, i int, sep byte) bool {
	return i > 0 && toks[i].Sep == sep && !toks[i].Spaced
}
