package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A special-category term that describes a public in the plural is about
// that public, not about the one person the sentence names by a role
// (issue 7, section 4): in « groupe de parole pour les proches de malades
// d'Alzheimer, animé par une psychologue », the illness is the public's,
// not the psychologist's; so in "support group for families of people
// with dementia, led by a nurse". The term then goes the way of a public
// (a leaflet, a statistic), not of a person's fact. A name in the
// sentence, a counted few (« les deux familles de malades »), or a public
// that is someone's (« ses proches ») keep the person.

var (
	publicTermLinks = lexicon.Words(lexicon.Data, "public_term_links") // de, vivant avec, living with
	publicKinNouns  = lexicon.Words(lexicon.Data, "public_kin_nouns")  // proches, aidants, carers
)

// termOfPluralPublic: the term at sp follows a plural public noun,
// through linking words only, within a few tokens.
func (a *analysis) termOfPluralPublic(sp span) bool {
	if a.hasNameAnchor() {
		return false
	}
	toks := a.s.Toks
	for k := sp.i - 1; k >= 0 && k >= sp.i-6; k-- {
		if isClauseSep(toks[k+1].Sep) {
			return false
		}
		if (toks[k].Is(cPopulation) || publicKinNouns[toks[k].Norm]) && a.pluralNoun(k) {
			// « l'entraîneur des seniors a une liaison »: a verb makes it a fact
			return !a.someonesPublic(k) && !a.predicateBetween(k, sp.j) && !a.oneOfPublic(k)
		}
		if !publicTermLinks[toks[k].Norm] {
			return false
		}
	}
	return false
}

// pluralNoun: the public noun at k is in the plural ("malades",
// "people", "children").
func (a *analysis) pluralNoun(k int) bool {
	w := a.s.Toks[k].Norm
	if w == "people" || w == "children" || w == "gens" {
		return true
	}
	return len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-1] == 'x') && !a.lex.in(w, cSingularInS)
}

// someonesPublic: the public at k is counted or belongs to someone
// (« les deux familles », « ses proches », "these families").
func (a *analysis) someonesPublic(k int) bool {
	toks := a.s.Toks
	if k > 0 {
		switch toks[k-1].Norm {
		case "ses", "leurs", "ces", "his", "her", "their", "these", "those", "mes", "my":
			return true
		}
	}
	for n := max(0, k-2); n < k; n++ {
		if t := toks[n]; smallCounts[t.Norm] || t.Is(cSpelledNumber) || t.Has(text.Digit) {
			return true // « les deux familles », « 3 proches »
		}
	}
	return false
}

// oneOfPublic: a singular person stands just before the public at k
// (« le plus jeune des patients », "one of the carers"): one of them.
func (a *analysis) oneOfPublic(k int) bool {
	for _, an := range a.anchors {
		if an.k >= k-4 && an.k < k {
			return true
		}
	}
	return false
}

// eponymAt: the capital word at k is a special-category term (« malades
// de Parkinson », "people with Alzheimer's"), an illness named after its
// finder, not a place that would single someone out.
func (a *analysis) eponymAt(k int) bool {
	_, v := a.at(dSpecial, k)
	return v != 0
}
