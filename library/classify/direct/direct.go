// Package direct finds the direct identifiers and credentials of a text
// (e-mail, phone, NIR, IBAN, card, identity document, birth date, plate,
// profile link, handle, password) in one pass over its bytes, checksums
// validated; it reads no sentence and knows no other rule.
package direct

import (
	"slices"
	"strings"
	"unicode/utf8"

	"tamis/i18n"
)

// Find returns the direct-identifier and credential findings of text,
// sorted by Start.
//
// It makes one pass over the bytes and stops only at cheap anchors: a digit
// or "+digit" at a word start (phones, NIR, cards, dates, addresses, old
// plates), an '@' (e-mails, handles), an ASCII or accented letter at a word
// start (keywords, IBAN, plates, URLs, tokens). The precise checks run
// locally around each anchor, on windows of bounded size, so the whole scan
// stays linear whatever the input.
func Find(text string) []Finding {
	s := getScanner(text)
	defer putScanner(s) // scan_pool.go
	s.scan()
	s.lookalikeNumbers() // direct_lookalike_digits.go
	return s.finish()
}

// scan records the findings of s.text.
func (s *scanner) scan() {
	text := s.text
	n := len(text)
	for i := 0; i < n; {
		switch anchorOf[text[i]] {
		case anchorNone: // a space, a punctuation mark: most bytes that start no word
			i++
		case anchorAt:
			i = s.at(i)
		case anchorPlus:
			if i+1 >= n || !isDigit(text[i+1]) {
				i++ // a '+' without a digit after it starts nothing
				continue
			}
			fallthrough
		case anchorDigit:
			if i > 0 && isWordByte(text[i-1]) {
				i = skipWord(text, i)
				continue
			}
			i = s.number(i)
		case anchorDash:
			i = s.privateKey(i)
		case anchorBracket:
			i = s.obfuscatedEmail(i)
		case anchorWord:
			if i > 0 && isWordByte(text[i-1]) {
				i = skipWord(text, i)
				continue
			}
			i = s.word(i)
		}
	}
}

// The anchors of Find's scan, by byte: one table read sends a byte to
// its detector, where a chain of tests asked every space and
// punctuation mark for each anchor in turn.
const (
	anchorNone    = iota
	anchorAt      // '@': e-mails, handles
	anchorPlus    // '+': a phone number when a digit follows
	anchorDigit   // phones, NIR, cards, dates, addresses, old plates
	anchorDash    // '-': a private key's armour
	anchorBracket // '(', '[', '{': an obfuscated e-mail
	anchorWord    // a letter or a byte of a multi-byte rune: keywords, IBAN, plates, URLs, tokens
)

var anchorOf = func() (t [256]uint8) {
	for b := range 256 {
		switch c := byte(b); {
		case c == '@':
			t[b] = anchorAt
		case c == '+':
			t[b] = anchorPlus
		case isDigit(c):
			t[b] = anchorDigit
		case c == '-':
			t[b] = anchorDash
		case c == '(' || c == '[' || c == '{':
			t[b] = anchorBracket
		case isWordByte(c):
			t[b] = anchorWord
		}
	}
	return t
}()

// scanner holds the text being scanned and the findings found so far.
type scanner struct {
	text     string
	year     int            // the current year, to tell a birth date from an event date; 0 until thisYear
	raw      []rawFinding   // findings found so far, without pointers (see add)
	full     [][]rawFinding // earlier full chunks of raw, in order
	strs     []string       // reasons of the raw findings
	strIndex map[string]uint16
	phones   map[string]bool // memo of phone validations: phonenumbers is slow
	bufB     []byte          // folded window before a candidate (see before)
	bufA     []byte          // folded window after a candidate (see after)
	lastB    [2]int          // position+1 and size of the window in bufB
	lastA    [2]int          // position+1 and size of the window in bufA
	groups   []group         // digit groups of the current run (see scanRun)
	over     Overflow        // findings past MaxFindings (bounds.go)
}

// rawFinding is a finding as the scan records it: a text made of
// identifiers yields hundreds of thousands of findings, and a slice of
// pointer-free values grows without write barriers or garbage-collector
// scans. Rule and reason are indexes into scanner.strs; rule is an index of ruleTable.
type rawFinding struct {
	start, end int
	reason     uint16
	rule       ruleID
	verdict    uint8 // Verdict
}

// rawChunk is the size of the chunks the raw findings are kept in.
const rawChunk = 8192

// add records a finding.
func (s *scanner) add(r ruleID, v Verdict, start, end int, reason string) {
	if len(s.full)*rawChunk+len(s.raw) >= MaxFindings {
		s.over.Add(start, end, r.info().cat)
		return
	}
	if len(s.raw) == rawChunk {
		s.full = append(s.full, s.raw) // set aside rather than copied on growth
		s.raw = make([]rawFinding, 0, rawChunk)
	}
	s.raw = append(s.raw, rawFinding{start: start, end: end, rule: r, reason: s.intern(reason), verdict: uint8(v)})
}

// intern returns the index of str in s.strs, adding it if needed; the
// strings are the few reasons of the detectors.
func (s *scanner) intern(str string) uint16 {
	for k := len(s.strs) - 1; k >= 0 && k >= len(s.strs)-2; k-- {
		if s.strs[k] == str {
			return uint16(k)
		}
	}
	if k, ok := s.strIndex[str]; ok {
		return k
	}
	if s.strIndex == nil {
		s.strIndex = make(map[string]uint16)
	}
	k := uint16(len(s.strs))
	s.strs = append(s.strs, str)
	s.strIndex[str] = k
	return k
}

// word runs the keyword and shape checks at the start of a word and returns
// where scanning resumes: the end of the word's letters and digits.
func (s *scanner) word(i int) int {
	if end := s.plainWord(i); end > 0 {
		return end // most words: one table read instead of every detector's first test
	}
	return s.detectAt(i)
}

// detectAt runs the word detectors at the word start i.
func (s *scanner) detectAt(i int) int {
	if c := s.text[i] | 0x20; (c == 'a' || c == 'c' && hasPrefixFold(s.text[i:], "chez ")) && i > 0 && s.text[i-1] == ' ' {
		if end := s.spelledEmail(i); end > 0 {
			return end
		}
	}
	s.networkPair(i) // direct_network_pair.go: « AssoLilas_Invites puis bienvenue2024 »
	if end, ok := s.shapes(i); ok {
		return end
	}
	if end, ok := s.keyword(i); ok && end > i {
		return end
	}
	return skipWord(s.text, i)
}

// finish sorts the findings and removes those contained in another finding
// of the same rule (the same number seen by two detectors).
func (s *scanner) finish() []Finding {
	raw := s.raw
	if len(s.full) > 0 {
		all := make([]rawFinding, 0, len(s.full)*rawChunk+len(raw))
		for _, c := range s.full {
			all = append(all, c...)
		}
		raw = append(all, raw...)
	}
	byStart := func(a, b rawFinding) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return b.end - a.end
	}
	if !slices.IsSortedFunc(raw, byStart) { // the scan mostly finds them in order
		slices.SortStableFunc(raw, byStart)
	}
	n := 0
	for _, f := range raw {
		if n > 0 && containedSameRule(raw[:n], f) {
			continue
		}
		raw[n] = f
		n++
	}
	if n == 0 {
		return nil
	}
	out := make([]Finding, n, n+1)
	for k, f := range raw[:n] {
		out[k] = Finding{Rule: f.rule.String(), Category: f.rule.info().cat, Verdict: Verdict(f.verdict), Start: f.start, End: f.end, Reason: s.strs[f.reason]}
	}
	s.escalate(out)
	if o, ok := s.over.Finding(); ok {
		k, _ := slices.BinarySearchFunc(out, o.Start, func(f Finding, start int) int { return f.Start - start })
		out = slices.Insert(out, k, o)
	}
	return out
}

// escalate blocks the doubtful address, handle, profile link or date that
// shares its line with a certain identifier of a person (a personal
// e-mail, a phone number, a NIR…): "Paul Durand - 06 11 22 33 44 - 5 rue
// Pasteur" is a contact card, the address is Paul's. The findings are
// sorted by Start; only neighbours within escalateReach bytes are looked at.
func (s *scanner) escalate(fs []Finding) {
	for k := range fs {
		f := &fs[k]
		if f.Verdict != Doubt || !escalable[f.Rule] {
			continue
		}
		for _, dir := range []int{-1, 1} {
			for n := k + dir; n >= 0 && n < len(fs) && n-k <= 4 && k-n <= 4; n += dir {
				g := &fs[n]
				if g.Start > f.End+escalateReach || f.Start > g.End+escalateReach {
					break
				}
				if g.Verdict == Blocked && g.Category == Personal && s.sameLine(f, g) {
					f.Verdict, f.Reason = Blocked, escalatedReason(f.Rule)
				}
			}
		}
	}
}

const escalateReach = 120

// escalatedReason explains a finding blocked by escalate.
func escalatedReason(rule string) string {
	switch rule {
	case "postal-address":
		return i18n.T("adresse d'une personne (à côté de ses coordonnées)", "a person's address (next to their contact details)")
	case "birthdate":
		return i18n.T("date de naissance probable (à côté de coordonnées)", "probable date of birth (next to contact details)")
	}
	return i18n.T("compte d'une personne (à côté de ses coordonnées)", "a person's account (next to their contact details)")
}

var escalable = map[string]bool{"postal-address": true, "handle": true, "profile-url": true, "birthdate": true}

// sameLine reports whether no line break separates two findings.
func (s *scanner) sameLine(f, g *Finding) bool {
	a, b := min(f.End, g.End), max(f.Start, g.Start)
	return a >= b || !strings.Contains(s.text[a:b], "\n")
}

// containedSameRule reports whether f lies inside a kept finding of the same
// rule. Only the last few kept findings can contain f, as they are sorted.
func containedSameRule(kept []rawFinding, f rawFinding) bool {
	for k := len(kept) - 1; k >= 0 && k >= len(kept)-4; k-- {
		g := kept[k]
		if g.rule == f.rule && g.start <= f.start && f.end <= g.end {
			return true
		}
	}
	return false
}

// Byte classes of the scanner.
const (
	clDigit = 1 << iota
	clUpper
	clLower
	clHigh // byte of a multi-byte UTF-8 sequence: part of a word
)

var byteClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = clDigit
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = clUpper
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = clLower
	}
	for c := 0x80; c < 0x100; c++ {
		t[c] = clHigh
	}
	return t
}()

func isDigit(c byte) bool    { return byteClass[c]&clDigit != 0 }
func isUpper(c byte) bool    { return byteClass[c]&clUpper != 0 }
func isLetter(c byte) bool   { return byteClass[c]&(clUpper|clLower) != 0 }
func isAlnum(c byte) bool    { return byteClass[c]&(clUpper|clLower|clDigit) != 0 }
func isWordByte(c byte) bool { return byteClass[c] != 0 }

// skipWord returns the end of the run of word bytes starting at i (at least i+1).
func skipWord(text string, i int) int {
	j := i + 1
	for j < len(text) && isWordByte(text[j]) {
		j++
	}
	return j
}

// runeFloor moves e back to the start of the rune it falls in (not before
// from), for spans cut by a length bound.
func runeFloor(t string, from, e int) int {
	for e > from && e < len(t) && !utf8.RuneStart(t[e]) {
		e--
	}
	return e
}

// lower returns the ASCII lower case of c.
func lower(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case.
// prefix is lower case; its non-ASCII bytes must match exactly.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		if lower(s[k]) != prefix[k] {
			return false
		}
	}
	return true
}

// wordEndsAt reports whether no word byte follows position i.
func wordEndsAt(text string, i int) bool {
	return i >= len(text) || !isWordByte(text[i])
}
