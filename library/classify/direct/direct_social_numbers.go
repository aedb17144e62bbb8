package direct

import "tamis/i18n"

// The social numbers of North America, as English-speaking members and
// partners write them: the US Social Security number (nine digits,
// 3-2-4: « 536-22-8741 ») and the Canadian Social Insurance Number (nine
// digits, 3-3-3: « 146 454 286 »). Nine digits are common (a SIREN, an
// order), so the number counts only beside its name, in the same sentence.

// socialNumberWords name a social number; « NAS » is the Canadian name
// in French, « sécurité sociale » with an American or Canadian word.
var socialNumberWords = newMarkers("ssn", "social security", "social insurance", "sin", "nas",
	"assurance sociale", "securite sociale americaine", "securite sociale americain")

// socialNumber tries a social number at group k of r: one group of nine
// digits, or three groups of 3-2-4 or 3-3-3, alone in the run, beside one
// of socialNumberWords. It returns the groups consumed, or 0.
func (s *scanner) socialNumber(r run, k int) int {
	if r.plus || k != 0 {
		return 0
	}
	gs := r.groups
	n := 0
	switch {
	case len(gs) == 1 && gs[0].end-gs[0].start == 9:
		n = 1
	case len(gs) == 3 && width(gs[0]) == 3 && (width(gs[1]) == 2 && width(gs[2]) == 4 || width(gs[1]) == 3 && width(gs[2]) == 3):
		n = 3
	default:
		return 0
	}
	if !hasWord(s.before(r.start, 48), socialNumberWords) && !hasWord(s.after(r.end, 24), socialNumberWords) {
		return 0 // « SSN 536-22-8741 », « 536-22-8741 is his SSN »
	}
	s.add(ruleIDDocument, Blocked, r.start, r.end,
		i18n.T("numéro de sécurité sociale américain ou d’assurance sociale canadien", "US Social Security or Canadian Social Insurance number"))
	return n
}

// width is the number of digits of g.
func width(g group) int { return g.end - g.start }
