package direct

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Context windows: the detectors read a few dozen bytes around a candidate,
// folded to lower-case ASCII without accents, and look for marker words in
// them. Windows have a fixed maximum size, which keeps the scan linear.

// before returns the folded text of at most size bytes ending at i, cut at
// the start of the sentence. The string lives in a buffer of the scanner:
// it is valid until the next call to before, and must not be kept.
func (s *scanner) before(i, size int) string {
	if s.lastB == [2]int{i + 1, size} { // the same window again (phone checks)
		return bytesView(s.bufB)
	}
	s.lastB = [2]int{i + 1, size}
	s.bufB = foldInto(s.bufB[:0], s.rawBefore(i, size))
	return bytesView(s.bufB)
}

// rawBefore is the text of at most size bytes ending at i, cut at the
// start of the sentence, as written (before folds it; the social numbers
// read their short names in capitals).
func (s *scanner) rawBefore(i, size int) string {
	from := max(0, i-size)
	for from < i && !utf8.RuneStart(s.text[from]) {
		from++
	}
	w := s.text[from:i]
	return w[sentenceStart(w):]
}

// phoneAbbrev reports a '.' at j that ends « tel. », « tél. » or "mob.".
func phoneAbbrev(w string, j int) bool {
	b := max(0, j-4)
	if b > 0 && isAlnum(w[b-1]) {
		return false
	}
	switch strings.ToLower(strings.TrimLeft(w[b:j], " (,:")) {
	case "tel", "tél", "mob":
		return true
	}
	return false
}

// sentenceStart returns where the last sentence of w starts: after a line
// break or after '.', '!', '?', ';' and a space ("M. Dupont" excepted).
func sentenceStart(w string) int {
	for k := len(w) - 1; k > 0; k-- {
		c := w[k]
		if c == '\n' {
			return k + 1
		}
		if c != ' ' {
			continue
		}
		switch p := w[k-1]; {
		case p == '!' || p == '?' || p == ';':
			return k + 1
		case p == '.' && !initialBefore(w, k-1) && !numberAbbrev(w, k-1) && !phoneAbbrev(w, k-1): // "social security no. 1 84…", "Find us, tel. 01422…": the label goes on
			return k + 1
		}
	}
	if len(w) > 0 && w[0] == '\n' {
		return 1
	}
	return 0
}

// initialBefore reports whether the '.' at d ends an initial or "M.":
// a single capital letter standing alone.
func initialBefore(w string, d int) bool {
	return d >= 1 && isUpper(w[d-1]) && (d < 2 || !isLetter(w[d-2]))
}

// after returns the folded text of at most size bytes starting at i, cut at
// the end of the line; valid until the next call to after.
func (s *scanner) after(i, size int) string {
	if s.lastA == [2]int{i + 1, size} {
		return bytesView(s.bufA)
	}
	s.lastA = [2]int{i + 1, size}
	to := min(len(s.text), i+size)
	for to > i && to < len(s.text) && !utf8.RuneStart(s.text[to]) {
		to--
	}
	w := s.text[i:to]
	if k := strings.IndexByte(w, '\n'); k >= 0 {
		w = w[:k]
	}
	s.bufA = foldInto(s.bufA[:0], w)
	return bytesView(s.bufA)
}

// bytesView returns b as a string without copying; b must not change while
// the string is in use (the scanner's window buffers are rewritten only by
// the next window).
func bytesView(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// foldInto appends the folded s to b.
func foldInto(b []byte, s string) []byte {
	k := 0
	for k < len(s) && s[k] < utf8.RuneSelf { // ASCII fast path
		b = append(b, lowerASCII[s[k]])
		k++
	}
	for _, r := range s[k:] {
		switch {
		case r < utf8.RuneSelf:
			b = append(b, lower(byte(r)))
		case r == '’' || r == 'ʼ':
			b = append(b, '\'')
		default:
			if a := foldRune(r); a != 0 {
				b = append(b, a)
			} else {
				b = append(b, ' ')
			}
		}
	}
	return b
}

// lowerASCII maps each ASCII byte to its lower case.
var lowerASCII = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = lower(byte(c))
	}
	return t
}()

// foldKey folds a short word for a map lookup, without allocating:
// m[string(foldKey(&buf, w))].
func foldKey(buf *[48]byte, w string) []byte {
	if len(w) > len(buf) {
		w = w[:len(buf)]
	}
	return foldInto(buf[:0], w)
}

// FoldLetter lowers a rune and removes its French accent, as the scan
// reads words (anonymisation uses it to tell two writings of one name);
// letters of other scripts are kept (lowered), so that two names in
// Cyrillic stay two names.
func FoldLetter(r rune) rune {
	if r < utf8.RuneSelf {
		return rune(lower(byte(r)))
	}
	if a := foldRune(r); a != 0 {
		return rune(a)
	}
	return unicode.ToLower(r)
}

// foldRune maps the accented Latin letters of French (and a few neighbours)
// to their base ASCII letter, in lower case; 0 when r is not one.
func foldRune(r rune) byte {
	switch r {
	case 'à', 'â', 'ä', 'á', 'ã', 'À', 'Â', 'Ä', 'Á':
		return 'a'
	case 'é', 'è', 'ê', 'ë', 'É', 'È', 'Ê', 'Ë':
		return 'e'
	case 'î', 'ï', 'í', 'Î', 'Ï':
		return 'i'
	case 'ô', 'ö', 'ó', 'õ', 'Ô', 'Ö':
		return 'o'
	case 'ù', 'û', 'ü', 'ú', 'Ù', 'Û', 'Ü':
		return 'u'
	case 'ç', 'Ç':
		return 'c'
	case 'ñ', 'Ñ':
		return 'n'
	case 'ÿ':
		return 'y'
	case '\u00a0', '\u202f', '\u2009':
		return ' '
	}
	return 0
}

// markers is a compiled list of marker words or phrases, indexed by their
// first word: a window costs one map lookup per word however long the
// list ("de l'association" is tried only where the window has "de").
type markers struct {
	byFirst map[string]marker
	pairs   *[1 << 13]uint8 // bit set of the first two bytes of the first words
	other   []string        // phrases starting with a non-alphanumeric byte
}

// pairKey is the index of a word's first two bytes in markers.pairs: most
// words of a window are no marker, and the bit set spares their lookup.
func pairKey(w string) int {
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

// marker is what a first word leads to: a marker of its own, phrases.
type marker struct {
	word    bool
	phrases []string
}

// newMarkers compiles a marker list (folded, lower-case ASCII).
func newMarkers(list ...string) markers {
	m := markers{byFirst: make(map[string]marker), pairs: new([1 << 13]uint8)}
	for _, w := range list {
		e := 0
		for e < len(w) && isAlnum(w[e]) {
			e++
		}
		if e == 0 {
			m.other = append(m.other, w)
			continue
		}
		m.pairs[pairKey(w[:e])>>3] |= 1 << (pairKey(w[:e]) & 7)
		mk := m.byFirst[w[:e]]
		if e == len(w) {
			mk.word = true
		} else {
			mk.phrases = append(mk.phrases, w)
		}
		m.byFirst[w[:e]] = mk
	}
	return m
}

// may reports whether word could start a marker (its first two bytes
// do): a cheap filter before a map lookup.
func (m markers) may(word string) bool {
	if word == "" {
		return false
	}
	p := pairKey(word)
	return m.pairs[p>>3]&(1<<(p&7)) != 0
}

// has reports whether word alone is one of the markers.
func (m markers) has(word string) bool { return word != "" && m.byFirst[word].word }

// hasWord reports whether the folded window w contains one of the markers
// as whole words.
func hasWord(w string, m markers) bool { return hasWordIn(w, &m) }

// hasWordIn reports whether the folded window w contains a marker of one
// of the lists: one pass over the window's words for them all.
func hasWordIn(w string, ms ...*markers) bool {
	for k := 0; k < len(w); {
		if !isAlnum(w[k]) {
			k++
			continue
		}
		e := k
		for e < len(w) && isAlnum(w[e]) {
			e++
		}
		for _, m := range ms {
			if m.may(w[k:e]) && m.at(w, k, e) {
				return true
			}
		}
		k = e
	}
	for _, m := range ms {
		for _, p := range m.other {
			if containsWord(w, p) {
				return true
			}
		}
	}
	return false
}

// at reports whether a marker of m starts with the word w[k:e].
func (m *markers) at(w string, k, e int) bool {
	mk, ok := m.byFirst[w[k:e]]
	if !ok {
		return false
	}
	if mk.word {
		return true
	}
	for _, p := range mk.phrases {
		if strings.HasPrefix(w[k:], p) && (k+len(p) == len(w) || !isAlnum(w[k+len(p)]) || !isAlnum(p[len(p)-1])) {
			return true
		}
	}
	return false
}

// containsWord reports whether m occurs in w with no letter or digit
// directly before or after it.
func containsWord(w, m string) bool {
	for from := 0; from <= len(w)-len(m); {
		k := strings.Index(w[from:], m)
		if k < 0 {
			return false
		}
		k += from
		end := k + len(m)
		okBefore := k == 0 || !isAlnum(w[k-1]) || !isAlnum(m[0])
		okAfter := end == len(w) || !isAlnum(w[end]) || !isAlnum(m[len(m)-1])
		if okBefore && okAfter {
			return true
		}
		from = k + 1
	}
	return false
}

// Personal markers: the thing next to them belongs to a private person.
var personalMarkers = newMarkers(
	"chez", "habite", "habitent", "habitant", "habitante", "domicile", "domicilie", "domiciliee",
	"vit", "vivent", "vit au", "demeurant", "demeurante", "reside", "residant", "residante",
	"son adresse", "sa adresse", "leur adresse", "ses coordonnees", "leurs coordonnees",
	"adresse perso", "adresse personnelle", "adresse privee", "son domicile",
	"lives", "lives at", "live at", "he's staying", "she's staying", "he is staying", "she is staying", "he's renting", "she's renting",
	"he is renting", "she is renting", "he rents", "she rents", "he lodges", "she lodges", "his address", "her address", "their address", "home address",
	"son numero", "son portable", "son compte", "son insta", "son profil", "sa page", "son pseudo", "son facebook", "son linkedin", "son tel", "son telephone", "his", "her", "private", "perso",
	// the writer's own number (« SOS Homophobie, rappelez-moi au 01… », « mon fixe : 04… »)
	"mon numero", "mon fixe", "mon portable", "mon mobile", "mon tel", "mon telephone", "rappelez-moi", "appelez-moi",
	"rappelle-moi", "appelle-moi", "je suis joignable", "je suis au", "me joindre", "call me", "home phone", "my home", "ring me", "text me", "my number", "my mobile", "my phone", "my landline",
)

// colonLabel is the folded label of the value at i: the words before a
// colon that stands right before i (spaces between), back to the start of
// the sentence and at most 120 bytes (« Date de naissance pour
// l'inscription au centre de loisirs : 17/08/2016 », whose birth word
// is past the 50 bytes a value's context reads); "" without such a colon.
func (s *scanner) colonLabel(i int) string {
	k := i
	for k > 0 && (s.text[k-1] == ' ' || s.text[k-1] == '\t') {
		k--
	}
	if k == 0 || s.text[k-1] != ':' {
		return ""
	}
	return string(foldInto(nil, s.rawBefore(k-1, 120))) // rare: a colon right before a date or a code
}
