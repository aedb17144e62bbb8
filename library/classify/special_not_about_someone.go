package classify

import "tamis/library/classify/lexicon"

// A special-category adjective that describes the public an offer is for
// is about no one (issue 7, section 4): "large print for visually
// impaired visitors", "audio guides for blind visitors". French says it
// in the plural (« visites pour visiteurs malvoyants »), which the rules
// read already; English adjectives do not inflect, so the plural noun
// after the term says it. The same words said of a person, or in a
// sentence that names someone, stay a fact.

var offerLinks = lexicon.Words(lexicon.Data, "offer_links") // for, pour

// specialNotAboutSomeone: the special term at sp describes the public of
// an offer: a link to that public, the term, then a plural noun of the
// public; no name in the sentence.
func (a *analysis) specialNotAboutSomeone(sp span) bool {
	toks := a.s.Toks
	if sp.i == 0 || sp.j >= len(toks) || !offerLinks[toks[sp.i-1].Norm] || len(a.names) > 0 {
		return false
	}
	n := toks[sp.j].Norm
	return toks[sp.j].Is(cPopulation) && len(n) > 3 && (n[len(n)-1] == 's' || n == "people" || n == "children")
}
