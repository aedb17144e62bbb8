package classify

import "tamis/library/classify/lexicon"

// A special-category adjective that describes the public an offer is for
// is about no one (issue 7, section 4): "large print for visually
// impaired visitors", "audio guides for blind visitors". French says it
// in the plural (« visites pour visiteurs malvoyants »), which the rules
// read already; English adjectives do not inflect, so the plural noun
// after the term says it. So is a health word in the plural in a
// sentence about access (« les handicapés moteurs accèdent par la
// rampe »). The same words said of a person, of a counted few, or in a
// sentence that names someone, stay a fact.

var (
	offerLinks  = lexicon.Words(lexicon.Data, "offer_links")  // for, pour
	accessWords = lexicon.Words(lexicon.Data, "access_words") // accessible, rampe, step-free
)

// specialNotAboutSomeone: the special term at sp describes the public of
// an offer: a link to that public, the term, then a plural noun of the
// public; no name in the sentence.
func (a *analysis) specialNotAboutSomeone(sp span) bool {
	return a.offerToGroup(sp) || a.accessOffer(sp)
}

// offerToGroup: "for visually impaired visitors".
func (a *analysis) offerToGroup(sp span) bool {
	toks := a.s.Toks
	if sp.i == 0 || sp.j >= len(toks) || !offerLinks[toks[sp.i-1].Norm] || len(a.names) > 0 {
		return false
	}
	n := toks[sp.j].Norm
	return toks[sp.j].Is(cPopulation) && len(n) > 3 && (n[len(n)-1] == 's' || n == "people" || n == "children")
}

// accessOffer: a health word in the plural in a sentence about access
// (« les handicapés moteurs accèdent par la rampe »), naming no one.
func (a *analysis) accessOffer(sp span) bool {
	if len(a.names) > 0 || len(a.anchors) > 0 || !a.isPlural(sp) || sp.val > 0 && a.lex.special[sp.val-1].rule == ruleBiometric { // val 0: no table entry (medical_words.go)
		return false // « empreintes digitales … pour l'accès à la salle » are taken from people, not a public served
	}
	access := false
	for _, t := range a.s.Toks {
		if smallCounts[t.Norm] || t.Is(cSpelledNumber) {
			return false // « les deux handicapés du groupe du jeudi » are two people
		}
		access = access || accessWords[t.Norm]
	}
	return access
}
