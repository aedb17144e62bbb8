package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// wordSurnameActs: a first name, then a capitalised word that is also a
// French word, then a person's verb (« Pierre Bouleau viendra samedi »,
// « Rose Curie a appelé »). Such a surname is in no list and looks like a
// word, and at the start of a sentence a first name that is also a word
// (Pierre, Rose) proves nothing by its capital; but the second capital
// stands inside the sentence, and only a person comes, calls or pays.
// A place, a venue or a body in second place is no surname.
// A first name no list knows, of any origin (« Xabi Iriarte », « Hery
// Rakotomalala », « Ngozi Okafor »), counts when the surname after it is
// unknown to every lexicon too: two such words side by side before a
// person's verb are a person, whatever the lists hold.
func (a *analysis) wordSurnameActs(i int) int {
	toks := a.s.Toks
	if i+2 >= len(toks) || a.consumed[i+1] || toks[i+1].Sep != 0 {
		return 0
	}
	unknownPair := !toks[i].IsAny(cFirst, cAmbig)
	if unknownPair && !(i == 0 || isClauseSep(toks[i].Sep)) {
		return 0 // the pair is the clause's subject: "a plaque to suffragette Emmeline Pankhurst was unveiled"
	}
	if unknownPair && !(a.unknownCapWord(i) && a.unknownCapWord(i+1)) ||
		unknownPair && (worldPlaceWords[toks[i].Norm] || worldPlaceWords[toks[i+1].Norm]) {
		return 0
	}
	if unknownPair && a.publicCue(i, i+2) { // famous_cues.go
		return 0 // a public figure abroad no list knows: "Jacinda Ardern will speak at the conference"
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
	if !a.humanVerbAt(v) && !(a.personVerbAt(v) && (unknownPair && toks[v].Norm != "et" || !weakVerbs[toks[v].Norm])) {
		return 0 // two unknown words are no common word: « a », « est », « sera » after them are a person's
	}
	return i + 2
}

// weakVerbs are person verbs that things share (« Rose Bonbon est
// ouvert », « … et »): humanVerbAt reads « a » and « est » with their
// participle instead.
var weakVerbs = map[string]bool{"a": true, "est": true, "et": true, "ne": true, "n": true, "is": true, "was": true, "has": true, "sera": true, "va": true, "peut": true, "doit": true}

// worldPlaceWords make place names abroad in two unknown words (« Abu
// Dhabi », « Kuala Lumpur »): no person (data/words/world_place_words.txt).
var worldPlaceWords = lexicon.Words(lexicon.Data, "world_place_words")
