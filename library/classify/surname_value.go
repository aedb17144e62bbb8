package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
)

// A surname typed alone as a value (« Kowalski », « Da Silva ») is a
// person's name, as a first name alone already is (issue 7, section 4:
// surnames alone). Only a surname of the kept lists counts, and never a
// word of the dictionaries, a place, a famous name or a firm named after
// a family (« Michelin »): an unknown capitalised word alone may as well
// be a brand (« Doctolib »).

// valueParticles open a surname of two words (data/words/value_particles.txt).
var valueParticles = lexicon.Words(lexicon.Data, "value_particles")

// familyBrands are firms named after a family (data/words/family_brands.txt).
var familyBrands = lexicon.Words(lexicon.Data, "family_brands")

// findSurnameValue reports the value that is one surname, with its
// particle if it has one.
func (a *analysis) findSurnameValue() {
	toks := a.s.Toks
	if len(toks) > 2 || len(toks) == 0 || len(strings.TrimSpace(a.text)) != a.s.End-a.s.Start {
		return // the whole value, one sentence of one or two words
	}
	last := len(toks) - 1
	if len(toks) == 2 && (!valueParticles[toks[0].Norm] || toks[1].Sep != 0) {
		return
	}
	if a.consumed[last] || a.coveredByName(last) || !a.listedSurname(last) || a.dictionaryWord(last) || familyBrands[toks[last].Norm] {
		return
	}
	a.reportName(0, len(toks))
}
