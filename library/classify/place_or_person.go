package classify

import "tamis/library/classify/text"

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
