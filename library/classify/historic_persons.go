package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A person the sentence dates a century ago or more is a historical one
// (« Frédéric Ozanam, fondateur de la Société en 1833 », « Louise Michel,
// déportée en 1873 »): the data protection rules cover the living, and no
// volunteer writes about a beneficiary's deeds of 1873. Names that no kept
// list holds (French figures of the nineteenth century) pass so, with the
// same guards as a famous name (famousGuarded): a civility, contact
// details, a relation to the association, news, a present verb. A birth
// year (« née en 1924 ») is no such date: that person may be alive, and so
// may anyone whose kin the sentence names (« la lettre de son
// arrière-grand-père, 1916 »).

// centuryAgo is the first year that is not a century ago: fixed, so that
// the rule gives the same verdict every year.
const centuryAgo = "1926"

// yearLinks make a number a date (data/words/year_links.txt).
var yearLinks = lexicon.Words(lexicon.Data, "year_links")

// longAgo: the full name at [i, j) stands within a few words of a date
// (« en 1871 ») before centuryAgo that is not a birth year, in a sentence
// that names no kin.
func (a *analysis) longAgo(i, j int) bool {
	toks := a.s.Toks
	if j-i < 2 || a.has(cKin) || a.futureAt(j) || a.presentAgent(i) {
		return false // a surname alone may be a family's (« les Martin, en 1920 »); « viendra » is now
	}
	for k := max(0, i-12); k < min(len(toks), j+12); k++ {
		if k >= i && k < j || k == 0 || !isOldYear(toks[k].Norm) || !yearLinks[toks[k-1].Norm] {
			continue
		}
		if k > 1 && famousLists().history[toks[k-2].Norm] || k > 0 && famousLists().history[toks[k-1].Norm] {
			continue // « née en 1924 », "born 1924"
		}
		return true
	}
	return false
}

// isOldYear: w is a year from 1000 to the year before centuryAgo.
func isOldYear(w string) bool {
	return len(w) == 4 && isDigits(w) && w >= "1000" && w < centuryAgo
}

// futureAt: token k is a verb in the future (« viendra », « passeront »,
// "will"): its subject lives.
func (a *analysis) futureAt(k int) bool {
	if k >= len(a.s.Toks) {
		return false
	}
	n := a.s.Toks[k].Norm
	return n == "will" || len(n) >= 5 && (strings.HasSuffix(n, "ra") || strings.HasSuffix(n, "ront"))
}

// presentAgent: the name is the agent of a sentence in the present (« la
// salle, construite en 1900, est entretenue par Paul Martin », "is looked
// after by"): someone who acts today, whatever the date of the thing.
func (a *analysis) presentAgent(i int) bool {
	toks := a.s.Toks
	if i == 0 || toks[i-1].Norm != "par" && toks[i-1].Norm != "by" {
		return false
	}
	for _, t := range toks {
		switch t.Norm {
		case "est", "sont", "is", "are":
			return true
		}
	}
	return false
}
