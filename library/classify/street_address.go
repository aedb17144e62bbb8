package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Where a person lives is their address even without a number the byte
// scanner reads (« elle habite au numéro douze de la rue des Acacias »,
// "he lives on Mill Lane"): a residence verb, then a named street, about
// a person of the sentence.

// residenceVerbs are also the class cResidenceVerbs (set_classes.go): the
// stage runs only on a sentence that holds one.
var residenceVerbs = lexicon.Words(lexicon.Data, "residence_verbs")

// residenceReach bounds the tokens between the verb and the street.
const residenceReach = 8

// findStreetAddress reports the span from the verb to the street's name.
func (a *analysis) findStreetAddress() { a.findResidence(residenceReach, a.streetOrHamlet) } // home_unit.go

// findResidence reports, as an address, the span from a verb of residence
// about a person of the sentence to the end of what place(k) finds within
// reach tokens of it, in the same clause; place returns 0 where it finds
// nothing (namedStreet, landmarkAfter).
func (a *analysis) findResidence(reach int, place func(k int) int) {
	toks := a.s.Toks
	if !a.residentNamed() && !a.homePointed() || a.sentenceGeneric() { // card_school.go, home_pointed.go
		return
	}
	for v := range toks {
		pointer := !toks[v].Is(cResidenceVerbs)
		if pointer && !homePointerAt(toks, v) {
			continue
		}
		for k := v + 1; k < min(len(toks), v+reach); k++ {
			if k > v+1 && isClauseSep(toks[k].Sep) && toks[k].Sep != ',' {
				break
			}
			if end := place(k); end > 0 { // a place starts with a word, or is a postcode (residence_postcode.go)
				a.add(rulePostalAddress, v, end)
				return
			}
			if pointer && toks[k].Has(text.Digit) {
				break // « chez lui c'est 45.76404 4.83566 »: numbers after a pointer are the byte rules' (geolocation, numbered street)
			}
		}
	}
}

// namedStreet: a street word with its name after it (« rue des Lilas »,
// « avenue Jean-Jaurès ») or before it ("Mill Lane"); it returns the end
// of the name, 0 if there is none.
func (a *analysis) namedStreet(k int) int {
	toks := a.s.Toks
	if !streetWords[toks[k].Norm] {
		return 0
	}
	if k > 0 && isCapWord(toks[k-1]) && toks[k].Has(text.Cap) {
		return k + 1 // "Church Lane", "Mill Road"
	}
	n := k + 1
	for n < len(toks) && n < k+3 && isParticle(toks[n].Norm) {
		n++ // « rue des », « allée de la »
	}
	if n < len(toks) && isCapWord(toks[n]) {
		return n + 1
	}
	return 0
}

// isCapWord: a word written with a capital, not a number.
func isCapWord(t text.Token) bool {
	return t.Has(text.Cap) && t.Has(text.Letter)
}
