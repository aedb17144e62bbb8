package direct

import (
	"unicode"
	"unicode/utf8"
)

// number handles a digit (or "+digit") at a word start and returns where
// scanning resumes. Shapes with their own syntax go first (dates, street
// numbers, old licence plates, NIR with a Corsican "2A"); what remains is
// split into a run of digit groups that the numeric detectors share.
func (s *scanner) number(i int) int {
	if s.text[i] != '+' {
		if end, ok := s.date(i); ok {
			return end
		}
		if end, ok := s.address(i); ok {
			return end
		}
		if end, ok := s.oldPlate(i); ok {
			return end
		}
		if end, ok := s.nir(i); ok {
			return end
		}
		if end, ok := s.ppsNumber(i); ok { // direct_foreign_ids.go
			return end
		}
		if end, ok := s.shortSecretAt(i); ok { // direct_tokens.go
			return end
		}
	}
	r := scanRun(s.text, i, s.groups[:0])
	s.groups = r.groups
	if r.end <= i {
		return i + 1
	}
	if s.embedded(i) {
		return r.end
	}
	if !r.more {
		s.classifyRun(r, len(r.groups))
		return r.end
	}
	// A long run (a table of numbers): try the first half, then resume
	// with a new run where this one stopped, so that every group is tried
	// with enough groups after it, in linear time.
	k := max(s.classifyRun(r, maxGroups/2), maxGroups/2)
	if k >= len(r.groups) {
		return r.end
	}
	return r.groups[k].start
}

// maxGroups bounds the groups kept for one run: no identifier has more.
const maxGroups = 24

// group is one block of digits inside a run.
type group struct {
	start, end int  // byte span of the digits
	paren      bool // written "(0)": the trunk prefix of an international number
}

// run is a sequence of digit groups joined by short separators
// ("06 12 34 56 78", "+33 (0)6 12…", "4970.1012.3456.7890").
type run struct {
	plus   bool // starts with '+'
	start  int  // first byte (the '+' if any)
	end    int  // end of the last digit
	groups []group
	more   bool // longer than maxGroups: the run goes on after the last group
}

// scanRun reads the run starting at i, appending its groups to buf; it
// stops after maxGroups groups.
func scanRun(text string, i int, buf []group) run {
	r := run{start: i}
	j := i
	if text[j] == '+' {
		r.plus = true
		j++
	}
	r.groups = buf
	for {
		k := j
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k == j {
			break
		}
		if len(r.groups) == maxGroups {
			r.more = true
			break
		}
		r.groups = append(r.groups, group{start: j, end: k})
		r.end = k
		next := skipSep(text, k)
		if next == k {
			break
		}
		j = next
	}
	markParens(text, &r)
	return r
}

// skipSep skips a separator between two digit groups and returns the index
// of the next digit, or i when there is no digit after a short separator.
func skipSep(text string, i int) int {
	j, n := i, 0
	for j < len(text) && n < 4 {
		c := text[j]
		switch {
		case c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '\t' || c == '/' || c == '_' || c == '~' || c == '|': // « 06_27_90_41_18 », « 06~78~12 »
			j++
		case c >= 0x80:
			w := symbolRune(text[j:]) // « 06·78·12 », « 06🔹12🔹34 », a no-break or a thin space
			if w == 0 {
				n = 4
				continue
			}
			j += w
		default:
			n = 4
			continue
		}
		n++
	}
	if j == i || j >= len(text) || !isDigit(text[j]) {
		return i
	}
	return j
}

// symbolRune returns the length of the rune that opens t when it is a
// punctuation mark, a symbol (an emoji, a bullet) or a variation
// selector, or a no-break, narrow no-break or thin space — something
// written between digit groups that is neither a letter nor a digit —,
// else 0.
func symbolRune(t string) int {
	r, n := utf8.DecodeRuneInString(t)
	if r == utf8.RuneError || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) && r != 0xA0 && r != 0x202F && r != 0x2009 {
		return 0
	}
	if unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.Is(unicode.Variation_Selector, r) || unicode.IsSpace(r) {
		return n
	}
	return 0
}

// markParens flags the groups written between parentheses, like "(0)".
func markParens(text string, r *run) {
	for k := range r.groups {
		g := &r.groups[k]
		if g.start > 0 && text[g.start-1] == '(' && g.end < len(text) && text[g.end] == ')' {
			g.paren = true
		}
	}
}

// embedded reports whether the run at i continues a code such as
// "NA-033-21" or "v2.3": a number glued by '-', '.', '/' or '_' to a word,
// or the minutes of "10:30". After a digit, '/' or '-' only separates two
// numbers ("06 12 34 56 78/06 98 76 54 32"); "tel:06…" is not embedded.
func (s *scanner) embedded(i int) bool {
	if i < 2 {
		return false
	}
	c, p := s.text[i-1], s.text[i-2]
	switch c {
	case '-', '.', '/', '_':
		return isWordByte(p) && !isDigit(p) && !s.phoneWordBefore(i-1)
	case ':':
		return isDigit(p)
	}
	return false
}

// phoneWordBefore reports a phone word ending at j ("tel.0612…").
func (s *scanner) phoneWordBefore(j int) bool {
	b := j
	for b > 0 && j-b < 12 && isWordByte(s.text[b-1]) {
		b--
	}
	var key [48]byte
	return phoneWords.has(string(foldKey(&key, s.text[b:j])))
}

// digitsOf concatenates the digits of groups, skipping "(0)" groups when
// skipParen is set.
func digitsOf(text string, gs []group, skipParen bool) string {
	b := make([]byte, 0, 20)
	for _, g := range gs {
		if skipParen && g.paren && text[g.start:g.end] == "0" {
			continue
		}
		b = append(b, text[g.start:g.end]...)
	}
	return string(b)
}

// classifyRun tries, at each group before limit, the numeric detectors in
// order of certainty: bank card, phone number. A group consumed by a
// finding is not tried again. It returns the first group not consumed.
func (s *scanner) classifyRun(r run, limit int) int {
	k := 0
	for k < limit {
		// "+44 (0)7455 …": a '+' opens an international phone number, never a card
		if n := s.cardUnlessPlus(r, k); n > 0 {
			k += n
			continue
		}
		if n := s.phone(r, k); n > 0 {
			k += n
			continue
		}
		if n := s.socialNumber(r, k); n > 0 { // direct_social_numbers.go
			k += n
			continue
		}
		if n := s.bankPair(r, k); n > 0 { // direct_bank_runs.go
			k += n
			continue
		}
		k++
	}
	return k
}

// cardUnlessPlus tries a card at group k, except at the start of a run
// written with a '+'.
func (s *scanner) cardUnlessPlus(r run, k int) int {
	if k == 0 && r.plus {
		return 0
	}
	return s.card(r, k)
}
