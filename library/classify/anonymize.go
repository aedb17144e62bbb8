package classify

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"tamis/library/classify/direct"
)

// Anonymisation replaces each personal identifier by a code of its kind
// ("Personne_001", "contact_001@anonyme.invalid", "[TÉLÉPHONE_001]"), so that a
// prompt can go to a public AI; Restore puts the real values back into the
// AI's answer, on the volunteer's machine. The mapping lives in memory only.
// Sensitive findings (category 4) are left in place: a pseudonym does not
// make a health fact or a password shareable, they stay blocked.
//
// The codes are clearly fictitious and are themselves no finding, so that
// the anonymised text passes the check it is made for: a realistic
// stand-in ("06 00 00 00 01", "1 rue Anonyme 00001 Ville") would be
// detected as a phone or an address again. A person is "Personne_001"
// (which the name rules do not take for a name), an e-mail is at the
// reserved domain anonyme.invalid, every other kind is a bracketed label.

// Mapping links each code to the original text it replaced. It is kept in
// memory only and never written anywhere.
type Mapping struct {
	codes     []string            // in order of first use
	originals map[string][]string // code -> original texts, in order of replacement
}

// Pair is one code and the value it stands for, for display.
type Pair struct {
	Code, Original string
}

// Len is the number of codes.
func (m Mapping) Len() int { return len(m.codes) }

// Pairs lists the codes in order of first use, each with the first text it
// replaced (the same value written differently shares the code).
func (m Mapping) Pairs() []Pair {
	ps := make([]Pair, 0, len(m.codes))
	for _, c := range m.codes {
		ps = append(ps, Pair{Code: c, Original: m.originals[c][0]})
	}
	return ps
}

// Anonymize replaces the personal identifiers of text by codes and returns
// the mapping needed by Restore. Restore(Anonymize(x)) == x.
func (c *Classifier) Anonymize(text string) (string, Mapping) {
	return anonymizeFindings(text, c.Classify(text).Findings)
}

// anonymizeFindings replaces the category-3 findings of text (the
// outermost when they overlap). Numbering that would let Restore misread
// the output (a code formed across a replacement boundary) is retried.
func anonymizeFindings(text string, fs []Finding) (string, Mapping) {
	spans := replaceable(text, fs)
	if len(spans) == 0 {
		return text, Mapping{}
	}
	var out string
	var m Mapping
	for attempt := 0; attempt < 8; attempt++ {
		out, m = replaceSpans(text, spans, attempt*97)
		if restoresTo(out, m, text) {
			break
		}
	}
	return out, m
}

// Replaced reports whether anonymisation replaces the finding by a code:
// an identifier of a person, or a description that points at one. The
// interface offers anonymisation only when it would replace something.
func Replaced(f Finding) bool {
	return f.Category == Personal && (identifierRule(f.Rule) || f.Rule == ruleIndirect.String() && f.Verdict == Blocked) && f.Start < f.End
}

// replaceable keeps the findings to replace, outermost first, without overlap.
func replaceable(text string, fs []Finding) []Finding {
	keep := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if Replaced(f) {
			keep = append(keep, f)
		}
	}
	slices.SortStableFunc(keep, func(a, b Finding) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.End - a.End
	})
	out := keep[:0]
	end := 0
	for _, f := range keep {
		if f.Start < end && f.End > end {
			f.Start = tailStart(text, end, f.End) // « Durand S. » then « S., Benali K. »: « Benali K » is replaced too
		}
		if f.Start >= end && f.Start < f.End {
			out = append(out, f)
			end = f.End
		}
	}
	return out
}

// tailStart returns where the part of a finding that goes on after an
// earlier one starts: its first letter or digit from end, or to when it
// holds none. Dropping the whole finding left its tail in clear.
func tailStart(text string, end, to int) int {
	for k := end; k < to; {
		r, n := utf8.DecodeRuneInString(text[k:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return k
		}
		k += n
	}
	return to
}

// identifierRule reports the rules whose findings are identifiers, replaced
// even when they are only a doubt (the table's identifier column). A
// blocked indirect description ("la famille avec les quadruplés de la rue
// des Écoles") is replaced too; the other findings (a photo mention, an
// aggregate statistic, a single role) describe rather than identify, and
// stay for the volunteer to judge.
func identifierRule(rule string) bool { return ruleNamed(rule).info().identifier }

// replaceSpans builds the anonymised text; numbering starts after offset.
func replaceSpans(text string, spans []Finding, offset int) (string, Mapping) {
	m := Mapping{originals: make(map[string][]string)}
	byValue := make(map[string]string) // kind + normalised value -> code
	next := make(map[codeKind]int)
	present := newPresentCodes(text)
	var b strings.Builder
	b.Grow(len(text))
	last := 0
	for _, f := range spans {
		orig := text[f.Start:f.End]
		kind := kindOf(f.Rule)
		key := string(rune('a'+kind)) + normalizeValue(kind, orig)
		code, ok := byValue[key]
		if !ok {
			for {
				next[kind]++
				code = kind.code(next[kind] + offset)
				if !present.has(kind, code) {
					break
				}
			}
			byValue[key] = code
			m.codes = append(m.codes, code)
		}
		m.originals[code] = append(m.originals[code], orig)
		b.WriteString(text[last:f.Start])
		b.WriteString(code)
		last = f.End
	}
	b.WriteString(text[last:])
	return b.String(), m
}

// codeKind is the family of a code.
type codeKind int

const (
	kindPerson codeKind = iota
	kindEmail
	kindPhone
	kindAddress
	kindNIR
	kindIBAN
	kindCard
	kindID
	kindBirth
	kindPlate
	kindProfile
	kindHandle
	kindOther
	numKinds
)

// kindOf maps a rule to the kind of code that replaces its findings.
func kindOf(rule string) codeKind { return ruleNamed(rule).info().code }

// code returns the n-th code of the kind.
func (k codeKind) code(n int) string {
	switch k {
	case kindPerson:
		return fmt.Sprintf("Personne_%03d", n)
	case kindEmail:
		return fmt.Sprintf("contact_%03d@"+direct.AnonymousDomain, n)
	}
	return fmt.Sprintf("[%s_%03d]", bracketNames[k], n)
}

// legacyForm returns the code as earlier versions spelt it, ok false when
// the spelling has not changed.
func legacyForm(code string) (string, bool) {
	base, ok := strings.CutSuffix(code, "@"+direct.AnonymousDomain)
	if !ok {
		return "", false
	}
	return base + "@" + direct.LegacyDomain, true
}

var bracketNames = [numKinds]string{
	kindPhone: "TÉLÉPHONE", kindAddress: "ADRESSE", kindHandle: "PSEUDO",
	kindNIR: "NIR", kindIBAN: "IBAN", kindCard: "CARTE", kindID: "PIECE_IDENTITE", kindBirth: "DATE_NAISSANCE",
	kindPlate: "PLAQUE", kindProfile: "PROFIL", kindOther: "INFO_PERSONNELLE",
}

// anchor returns a fixed part of every code of the kind, used to find the
// codes already written in a text.
func (k codeKind) anchor() string {
	switch k {
	case kindPerson:
		return "Personne_"
	case kindEmail:
		return "@" + direct.AnonymousDomain
	}
	return "[" + bracketNames[k] + "_"
}

// normalizeValue gives the form under which two findings are the same
// value, whatever their digits, spaces or hidden characters.
func normalizeValue(k codeKind, v string) string {
	v = prepare(v).text
	switch k {
	case kindPhone:
		d := strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return r
			}
			return -1
		}, v)
		for _, p := range []string{"0033", "33"} {
			if strings.HasPrefix(d, p) && len(d) == len(p)+9 || strings.HasPrefix(d, p+"0") && len(d) == len(p)+10 {
				d = "0" + strings.TrimPrefix(d[len(p):], "0")
				break
			}
		}
		return d
	case kindEmail:
		return strings.ToLower(v)
	case kindNIR, kindIBAN, kindCard, kindID, kindPlate:
		return strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToUpper(r)
			}
			return -1
		}, v)
	}
	return strings.Join(strings.Fields(strings.Map(direct.FoldLetter, v)), " ")
}

// presentCodes finds the codes a text already contains, so that no new
// code collides with them. Only the anchors' occurrences are checked, so
// the cost stays linear unless the text is full of code-like strings.
type presentCodes struct {
	text   string
	at     [numKinds][]int // positions of each kind's anchor
	legacy []int           // positions of the legacy e-mail codes' anchor
}

func newPresentCodes(text string) *presentCodes {
	p := &presentCodes{text: text}
	for k := range numKinds {
		p.at[k] = positions(text, k.anchor())
	}
	p.legacy = positions(text, "@"+direct.LegacyDomain)
	return p
}

func positions(text, anchor string) []int {
	var at []int
	for from := 0; ; {
		i := strings.Index(text[from:], anchor)
		if i < 0 {
			return at
		}
		at = append(at, from+i)
		from += i + 1
	}
}

// has reports whether code (of kind k) occurs in the text, or its legacy
// form, which Restore would read as the code.
func (p *presentCodes) has(k codeKind, code string) bool {
	if l, ok := legacyForm(code); ok && hasAt(p.text, p.legacy, l, strings.Index(l, "@"+direct.LegacyDomain)) {
		return true
	}
	return hasAt(p.text, p.at[k], code, strings.Index(code, k.anchor()))
}

// hasAt reports whether code occurs in text with its anchor, off bytes
// into it, at one of the positions.
func hasAt(text string, at []int, code string, off int) bool {
	for _, q := range at {
		if s := q - off; s >= 0 && strings.HasPrefix(text[s:], code) {
			return true
		}
	}
	return false
}

// Restore puts the original values back in place of the codes of m found
// in answer. The k-th occurrence of a code gets the k-th text it replaced
// (the same value may have been written in several ways), later ones the
// last.
func Restore(answer string, m Mapping) string {
	var b strings.Builder
	if !restorePieces(answer, m, func(s string) bool { b.WriteString(s); return true }) {
		return answer
	}
	return b.String()
}

// restoresTo reports whether Restore(out, m) == text without building it:
// anonymize checks its output on texts of tens of megabytes.
func restoresTo(out string, m Mapping, text string) bool {
	pos, same := 0, true
	replaced := restorePieces(out, m, func(s string) bool {
		same = strings.HasPrefix(text[pos:], s)
		pos += len(s)
		return same
	})
	if !replaced {
		return out == text
	}
	return same && pos == len(text)
}

// restorePieces gives Restore's result to emit piece by piece, in order,
// until emit returns false. It reports false, emitting nothing, when
// answer holds no code: the result is answer itself.
func restorePieces(answer string, m Mapping, emit func(string) bool) bool {
	if len(m.codes) == 0 {
		return false
	}
	forms := m.forms()
	first, lengths := shapes(forms)
	used := make(map[string]int, len(m.codes))
	last := 0
	for i := 0; i < len(answer); i++ {
		if !first[answer[i]] {
			continue
		}
		for _, l := range lengths {
			if i+l > len(answer) {
				continue
			}
			code, ok := forms[answer[i:i+l]]
			if !ok {
				continue
			}
			origs := m.originals[code]
			if !emit(answer[last:i]) || !emit(origs[min(used[code], len(origs)-1)]) {
				return true
			}
			used[code]++
			last = i + l
			i += l - 1
			break
		}
	}
	if last == 0 {
		return false
	}
	emit(answer[last:])
	return true
}

// forms maps each code of m, and its legacy spelling, to the code.
func (m Mapping) forms() map[string]string {
	forms := make(map[string]string, len(m.codes))
	for _, c := range m.codes {
		forms[c] = c
		if l, ok := legacyForm(c); ok {
			forms[l] = c
		}
	}
	return forms
}

// shapes returns the first bytes of the codes and their distinct lengths,
// longest first: Restore looks codes up by length at those bytes only.
func shapes(forms map[string]string) (first [256]bool, lengths []int) {
	for c := range forms {
		first[c[0]] = true
		if !slices.Contains(lengths, len(c)) {
			lengths = append(lengths, len(c))
		}
	}
	slices.SortFunc(lengths, func(a, b int) int { return b - a })
	return first, lengths
}
