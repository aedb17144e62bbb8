package direct

import (
	"strings"

	"tamis/i18n"
)

// The social numbers of North America, as English-speaking members and
// partners write them: the US Social Security number (nine digits,
// 3-2-4: « 536-22-8741 ») and the Canadian Social Insurance Number (nine
// digits, 3-3-3: « 146 454 286 »). Nine digits are common (a SIREN, a
// Spanish phone, an amount), so the number counts only beside its name,
// in the same sentence, and not beside a SIREN or a SIRET.

// socialNumberWords name a social number in words. Its short names « SIN »
// and « NAS » (French for SIN) count only in capitals (socialAcronyms):
// « sin » is Spanish for without, « nas » Portuguese for in the.
var socialNumberWords = newMarkers("ssn", "social security", "social insurance",
	"securite sociale americaine", "securite sociale americain",
	"his social", "her social", "their social", "social number", "social no", "social #") // "his social is 523418876"

// companyNumberWords name a company's number: nine digits beside them are
// a SIREN.
var companyNumberWords = newMarkers("siren", "siret")

// socialAcronyms are the social numbers' names written in capitals.
var socialAcronyms = []string{"SIN", "NAS"}

// socialNumber tries a social number at group k of r: one group of nine
// digits, or three groups of 3-2-4 or 3-3-3, alone in the run, beside one
// of its names. It returns the groups consumed, or 0.
func (s *scanner) socialNumber(r run, k int) int {
	if r.plus || k != 0 {
		return 0
	}
	gs := r.groups
	n := 0
	switch {
	case len(gs) == 1 && width(gs[0]) == 9:
		n = 1
	case len(gs) == 3 && width(gs[0]) == 3 && (width(gs[1]) == 2 && width(gs[2]) == 4 || width(gs[1]) == 3 && width(gs[2]) == 3):
		n = 3
	default:
		return 0
	}
	before, after := s.before(r.start, 48), s.rawAfter(r.end, 24)
	named := hasWord(before, socialNumberWords) || hasWord(s.after(r.end, 24), socialNumberWords) ||
		hasAcronym(s.rawBefore(r.start, 48), socialAcronyms) || hasAcronym(after, socialAcronyms)
	if !named || hasWord(before, companyNumberWords) || moneyAfter(s.text, r.end) || countAfter(after) {
		return 0
	}
	s.add(ruleIDDocument, Blocked, r.start, r.end,
		i18n.T("numéro de sécurité sociale américain ou d’assurance sociale canadien", "US Social Security or Canadian Social Insurance number"))
	return n
}

// rawAfter is the text of at most size bytes after i, to the end of its
// sentence, as written.
func (s *scanner) rawAfter(i, size int) string {
	w := s.text[i:runeFloor(s.text, i, min(len(s.text), i+size))]
	if k := strings.IndexAny(w, ".!?\n"); k >= 0 {
		w = w[:k]
	}
	return w
}

// hasAcronym: one of the words stands in w in capitals, as a whole word.
func hasAcronym(w string, words []string) bool {
	for _, a := range words {
		for k := strings.Index(w, a); k >= 0; {
			end := k + len(a)
			if (k == 0 || !isLetter(w[k-1])) && (end == len(w) || !isLetter(w[end])) {
				return true
			}
			next := strings.Index(w[end:], a)
			if next < 0 {
				break
			}
			k = end + next
		}
	}
	return false
}

// countAfter: a count's noun follows the number (« 146 454 286 entrées »,
// "dollars").
func countAfter(w string) bool {
	w = strings.ToLower(strings.TrimLeft(w, " \u00a0"))
	for _, c := range []string{"entrées", "dollars", "$", "personnes", "people", "habitants"} {
		if strings.HasPrefix(w, c) {
			return true
		}
	}
	return false
}

// width is the number of digits of g.
func width(g group) int { return g.end - g.start }
