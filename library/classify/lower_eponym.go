package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A public place named after a person, typed in lower case (« 12 rue
// victor hugo », « au stade jean bouin »): the name belongs to the place.
// Capitalised, the run of capitals after the place word is its name
// (markVenues, names.go); in lower case, the first name right after a
// word of lower_eponym_heads.txt opens the name, with at most two more
// words of letters, and the name ends the clause or comes before a
// preposition of time, place or purpose (after_place_name.txt): a verb,
// « et » or « de » after it makes the words a person (« sur la place
// marie dubois a été agressée », « … marie dubois et karim ont été
// agressés »).

var lowerEponymHeads = lexicon.Words(lexicon.Data, "lower_eponym_heads")

// maxLowerEponym bounds the words of a lower-case place name.
const maxLowerEponym = 3

// consumeLowerEponym marks the lower-case name of the place whose word is
// at i.
func (a *analysis) consumeLowerEponym(i int) {
	toks := a.s.Toks
	k := i + 1
	if !lowerEponymHeads[toks[i].Norm] || k >= len(toks) || toks[k].Has(text.Cap) || !toks[k].IsAny(cFirst, cAmbig) || isClauseSep(toks[k].Sep) {
		return
	}
	end := k
	for n := 0; end < len(toks) && n < maxLowerEponym; n++ {
		t := toks[end]
		if t.Has(text.Cap) || t.Flags&text.Letter == 0 || t.Is(cFunctionWords) || n > 0 && (isClauseSep(t.Sep) || a.placeNameEnds(end)) {
			break
		}
		end++
	}
	if end < len(toks) && !isClauseSep(toks[end].Sep) && !toks[end].Has(text.Digit) && !a.placeNameEnds(end) {
		return // « sur la place marie dubois a été agressée »: the words are the subject of a verb
	}
	for ; k < end; k++ {
		a.consumed[k] = true
	}
}

// afterPlaceName may follow a place's name (data/words/after_place_name.txt).
var afterPlaceName = lexicon.Words(lexicon.Data, "after_place_name")

// placeNameEnds: the word at k closes a place's name: a preposition of
// time, place or purpose, « à » with its accent (« a » is a verb).
func (a *analysis) placeNameEnds(k int) bool {
	t := a.s.Toks[k]
	if t.Norm == "a" {
		return a.text[t.Start:t.End] != "a"
	}
	return afterPlaceName[t.Norm]
}
