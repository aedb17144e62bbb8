package classify

import "tamis/library/classify/text"

// wordSurnameActs: a first name, then a capitalised word that is also a
// French word, then a person's verb (« Pierre Bouleau viendra samedi »,
// « Rose Curie a appelé »). Such a surname is in no list and looks like a
// word, and at the start of a sentence a first name that is also a word
// (Pierre, Rose) proves nothing by its capital; but the second capital
// stands inside the sentence, and only a person comes, calls or pays.
// A place, a venue or a body in second place is no surname.
func (a *analysis) wordSurnameActs(i int) int {
	toks := a.s.Toks
	if i+2 >= len(toks) || !toks[i].IsAny(cFirst, cAmbig) || a.consumed[i+1] || toks[i+1].Sep != 0 {
		return 0
	}
	s := toks[i+1]
	if !s.Has(text.Cap) || s.Has(text.Upper) || !s.Has(text.Letter) || len(s.Norm) < 3 ||
		s.IsAny(cCapWord, cVenue, cCivility, cPerson, cPopulation, cOrg, cKnownBodies, cFirst, cAmbig, cHoliday) {
		return 0
	}
	v := i + 2
	if (toks[v].Norm == "ne" || toks[v].Norm == "n") && v+1 < len(toks) {
		v++ // « Pierre Bouleau ne viendra pas »
	}
	if !a.humanVerbAt(v) && !(a.personVerbAt(v) && !weakVerbs[toks[v].Norm]) {
		return 0
	}
	return i + 2
}

// weakVerbs are person verbs that things share (« Rose Bonbon est
// ouvert », « … et »): humanVerbAt reads « a » and « est » with their
// participle instead.
var weakVerbs = map[string]bool{"a": true, "est": true, "et": true, "ne": true, "n": true, "is": true, "was": true, "has": true, "sera": true, "va": true, "peut": true, "doit": true}
