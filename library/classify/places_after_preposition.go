package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Places named like first names (issue 7, section 4): Brittany, Florence,
// Virginia, Adelaide are in the first-name lists, and so are the names of
// cinemas and rivers (« au Rex », « la Roya »). After a preposition that
// introduces only a place, a lone first name is that place; joined by a
// hyphen to a nationality (« Franco-British », « franco-allemand ») it is
// the prefix of an adjective. A possessive or a surname after the word
// keeps the person ("in Brittany's bag", "in Brittany Morgan's file"):
// the full-name shapes run before the lone first name.

// placeOnlyPreps introduce a place, never a person named by a first name
// alone (data/words/place_only_preps.txt).
var placeOnlyPreps = lexicon.Words(lexicon.Data, "place_only_preps")

// placeAfterPreposition: the lone first name at i follows a preposition
// of place, or is the first part of a nationality adjective.
func (a *analysis) placeAfterPreposition(i int) bool {
	toks := a.s.Toks
	if i+1 < len(toks) && text.Joined(toks, i+1, '-') && toks[i+1].Is(cDemonym) {
		return true // "Franco-British", « franco-allemand »
	}
	if a.coordinatedPlace(i) {
		return true // "in Paris and London" (coordinated_place.go)
	}
	if i == 0 || !placeOnlyPreps[toks[i-1].Norm] || isClauseSep(toks[i].Sep) {
		return false
	}
	return i+1 >= len(toks) || !text.Joined(toks, i+1, '\'') // "in Brittany's bag": her bag
}
