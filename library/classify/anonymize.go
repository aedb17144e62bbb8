package classify

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Anonymisation replaces each personal identifier by a code of its kind
// ("Personne_001", "contact_001@anonyme.fr", "[TÉLÉPHONE_001]"), so that a
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
// reserved domain anonyme.fr, every other kind is a bracketed label.

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
	spans := replaceable(fs)
	if len(spans) == 0 {
		return text, Mapping{}
	}
	var out string
	var m Mapping
	for attempt := 0; attempt < 8; attempt++ {
		out, m = replaceSpans(text, spans, attempt*97)
		if Restore(out, m) == text {
			break
		}
	}
	return out, m
}

// replaceable keeps the findings to replace, outermost first, without overlap.
func replaceable(fs []Finding) []Finding {
	keep := make([]Finding, 0, len(fs))
	for _, f := range fs {
		if f.Category == Personal && (identifierRule(f.Rule) || f.Rule == "indirect" && f.Verdict == Blocked) && f.Start < f.End {
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
		if f.Start >= end {
			out = append(out, f)
			end = f.End
		}
	}
	return out
}

// identifierRule reports the rules whose findings are identifiers, replaced
// even when they are only a doubt. A blocked indirect description ("la
// famille avec les quadruplés de la rue des Écoles") is replaced too; the
// other findings (a photo mention, an aggregate statistic, a single role)
// describe rather than identify, and stay for the volunteer to judge.
func identifierRule(rule string) bool {
	switch rule {
	case "name", "public-figure", "email", "phone", "nir", "iban", "bank-card", "id-document",
		"postal-address", "birthdate", "licence-plate", "profile-url", "handle":
		return true
	}
	return false
}

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
func kindOf(rule string) codeKind {
	switch rule {
	case "name", "public-figure":
		return kindPerson
	case "email":
		return kindEmail
	case "phone":
		return kindPhone
	case "postal-address":
		return kindAddress
	case "nir":
		return kindNIR
	case "iban":
		return kindIBAN
	case "bank-card":
		return kindCard
	case "id-document":
		return kindID
	case "birthdate":
		return kindBirth
	case "licence-plate":
		return kindPlate
	case "profile-url":
		return kindProfile
	case "handle":
		return kindHandle
	}
	return kindOther
}

// code returns the n-th code of the kind.
func (k codeKind) code(n int) string {
	switch k {
	case kindPerson:
		return fmt.Sprintf("Personne_%03d", n)
	case kindEmail:
		return fmt.Sprintf("contact_%03d@"+anonymousDomain, n)
	}
	return fmt.Sprintf("[%s_%03d]", bracketNames[k], n)
}

// anonymousDomain is the domain of the e-mail codes; findDirect reports no
// address at it.
const anonymousDomain = "anonyme.fr"

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
		return "@" + anonymousDomain
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
	return strings.Join(strings.Fields(strings.Map(foldLetter, v)), " ")
}

// foldLetter lowers a rune and removes its French accent; letters of other
// scripts are kept (lowered), so that two names in Cyrillic stay two names.
func foldLetter(r rune) rune {
	if r < utf8.RuneSelf {
		return rune(lower(byte(r)))
	}
	if a := foldRune(r); a != 0 {
		return rune(a)
	}
	return unicode.ToLower(r)
}

// presentCodes finds the codes a text already contains, so that no new
// code collides with them. Only the anchors' occurrences are checked, so
// the cost stays linear unless the text is full of code-like strings.
type presentCodes struct {
	text string
	at   [numKinds][]int // positions of each kind's anchor
}

func newPresentCodes(text string) *presentCodes {
	p := &presentCodes{text: text}
	for k := range numKinds {
		a := k.anchor()
		for from := 0; ; {
			i := strings.Index(text[from:], a)
			if i < 0 {
				break
			}
			p.at[k] = append(p.at[k], from+i)
			from += i + 1
		}
	}
	return p
}

// has reports whether code (of kind k) occurs in the text.
func (p *presentCodes) has(k codeKind, code string) bool {
	off := strings.Index(code, k.anchor())
	for _, q := range p.at[k] {
		if s := q - off; s >= 0 && strings.HasPrefix(p.text[s:], code) {
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
	if len(m.codes) == 0 {
		return answer
	}
	first, lengths := m.shapes()
	used := make(map[string]int, len(m.codes))
	var b strings.Builder
	last := 0
	for i := 0; i < len(answer); i++ {
		if !first[answer[i]] {
			continue
		}
		for _, l := range lengths {
			if i+l > len(answer) {
				continue
			}
			origs, ok := m.originals[answer[i:i+l]]
			if !ok {
				continue
			}
			code := answer[i : i+l]
			b.WriteString(answer[last:i])
			b.WriteString(origs[min(used[code], len(origs)-1)])
			used[code]++
			last = i + l
			i += l - 1
			break
		}
	}
	if last == 0 {
		return answer
	}
	b.WriteString(answer[last:])
	return b.String()
}

// shapes returns the first bytes of the codes and their distinct lengths,
// longest first: Restore looks codes up by length at those bytes only.
func (m Mapping) shapes() (first [256]bool, lengths []int) {
	for _, c := range m.codes {
		first[c[0]] = true
		if !slices.Contains(lengths, len(c)) {
			lengths = append(lengths, len(c))
		}
	}
	slices.SortFunc(lengths, func(a, b int) int { return b - a })
	return first, lengths
}
