package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// English has many surnames that are place words (Lane, Street, Church,
// Bridge, Park): "Emma Lane" may be a street named after someone, as "the
// Jean Monnet building" is a building (names.go reads a place word after
// a name as a place), or Emma Lane herself. French names its places
// head first (« rue Emma Lane »), so the doubt is English. A first name
// and a place word, called or acting — after a verb of contact ("call
// Emma Lane"), before a verb of a person ("Emma Lane will bring the
// float") — is a person's name.

// placeAfterNameIsPerson: the single first name at i and the place word
// at p right after it are a person's name.
func (a *analysis) placeAfterNameIsPerson(i, p int) bool {
	toks := a.s.Toks
	if p != i+1 || !toks[i].IsAny(cFirst, cAmbig) {
		return false
	}
	if i > 0 && toks[i-1].Is(cSurnameCtx) && !toks[i-1].Has(text.Upper) {
		return true // "call Emma Lane"
	}
	v := p + 1
	if v >= len(toks) {
		return false
	}
	if toks[v].Norm == "will" && v+1 < len(toks) && toks[v+1].Norm == "be" {
		return false // "Victoria Station will be closed"
	}
	return a.humanVerbAt(v) || a.personVerbAt(v) && !weakVerbs[toks[v].Norm] // "Emma Lane will bring"
}

// placeSurnameActs: a name shape. A first name, then a capitalised place
// word that no other shape took as a surname ("Tom Church", "Jack
// Bridge"), called or acting as place_or_person.go says; it returns the
// end of the name or 0.
func (a *analysis) placeSurnameActs(i int) int {
	toks := a.s.Toks
	p := i + 1
	if p >= len(toks) || !toks[i].Has(text.Cap) || a.consumed[p] || toks[p].Sep != 0 || !toks[p].Has(text.Cap) ||
		toks[p].Has(text.Upper) || !toks[p].IsAny(cPlaceAfterName, cVenue) {
		return 0
	}
	if !a.placeAfterNameIsPerson(i, p) {
		return 0
	}
	return p + 1
}

// theNamedPlace: the name from i to j is a first name and a place word
// after "the" ("the Albert Hall", "the Royal Albert Hall", "the Stanley
// Cup"), or after a preposition of place in an English sentence ("in
// Victoria Park"): English gives no article to a person, so Hall, Park
// or Cup is the place or the thing named after someone.
func (a *analysis) theNamedPlace(i, j int) bool {
	toks := a.s.Toks
	if j != i+2 || !toks[i].IsAny(cFirst, cAmbig) || !toks[i+1].Is(cPlaceAfterName) || toks[i+1].Sep != 0 {
		return false
	}
	k := i - 1
	if k > 0 && toks[k].Has(text.Cap) && !toks[k].IsAny(cFirst, cAmbig) && !isClauseSep(toks[i].Sep) {
		k-- // "the Royal Albert Hall"
	}
	if k < 0 || isClauseSep(toks[k+1].Sep) {
		return false
	}
	if toks[k].Norm == "the" {
		return true
	}
	possessive := j < len(toks) && toks[j].Norm == "s" && toks[j].Sep == '\''
	// "at Emma Park's place" is a person's, and so is "at Coach Tom Field"
	return k == i-1 && namedPlacePrepositions[toks[k].Norm] && a.inEnglish() && !possessive
}

// namedPlacePrepositions put a place where something is ("in Victoria
// Park", "at Winston Hall"): a person is met "with" someone, not "in"
// them.
var namedPlacePrepositions = prepositionUses.of("named-place")

// placeCues are the words before a name that make it a place: "the",
// the prepositions of a place, and those of a way (data/words/place_cues.txt).
var placeCues = lexicon.Words(lexicon.Data, "place_cues")

// placeOrPersonUnsaid: a single first name and the place word right after
// it ("Emma Lane"), inside a clause, have no word before them that makes
// them a place — no article, no preposition of place or way, no house
// number — nor any that makes them a person: either reading stands, and
// precaution leaves a doubt ("Sit next to Emma Lane"). At the start of a
// clause the verb after them decides ("Emma Street is closed for
// roadworks", "Emma Lane will bring the cake").
func (a *analysis) placeOrPersonUnsaid(i, j, p int) bool {
	toks := a.s.Toks
	if j != i+1 || p != j || !toks[i].Is(cFirst) || toks[i].Is(cAmbig) {
		return false
	}
	k := i - 1
	return k >= 0 && !isClauseSep(toks[i].Sep) && !placeCues[toks[k].Norm] && !toks[k].Has(text.Digit) && !toks[k].Has(text.Cap)
}
