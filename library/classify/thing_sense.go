package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A few English words name a person and a thing: British "coach" is the
// bus of an outing as well as a trainer, "chair" a seat as well as the
// chairperson. French says « car » and « chaise » apart, so "Coach trip to
// the seaside" or "bring a folding chair" pointed at a person that no
// French sentence points at. The thing is read from its neighbours: the
// head of an English compound after it ("coach trip"), a seat's or a
// ride's word before it ("a folding chair", "on the coach"). What a
// vehicle does is no cue: a trainer leaves too ("the coach leaves the
// club"). A name keeps the person ("our coach Darren").

var (
	thingSenseWords  = lexicon.Words(lexicon.Data, "thing_sense_words")  // coach, chair
	thingSenseBefore = lexicon.Words(lexicon.Data, "thing_sense_before") // folding, by
	thingSenseRide   = lexicon.Words(lexicon.Data, "thing_sense_ride")   // on (the)
	thingSenseAfter  = lexicon.Words(lexicon.Data, "thing_sense_after")  // trip, station
)

// compoundHeads are the English nouns a person noun qualifies in a
// compound ("our volunteer line", "our partner libraries", "the carer
// support group"): the person noun names no one there. Words that name a
// person themselves ("volunteer coordinator") are not among them.
var compoundHeads = lexicon.Words(lexicon.Data, "compound_heads")

// thingSense: the person noun at k is the thing it also names, or the
// first word of an English compound.
func (a *analysis) thingSense(k int) bool {
	toks := a.s.Toks
	if k+1 < len(toks) && toks[k+1].Sep == 0 && compoundHeads[toks[k+1].Norm] && !toks[k+1].Has(text.Cap) {
		return true // "our volunteer line", "partner libraries"
	}
	if !thingSenseWords[toks[k].Norm] {
		return false
	}
	if k+1 < len(toks) && toks[k+1].Sep == 0 && thingSenseAfter[toks[k+1].Norm] {
		return true // "coach trip", "chair lift"
	}
	if k > 0 && thingSenseBefore[toks[k-1].Norm] {
		return true // "a folding chair", "by coach"
	}
	return k > 1 && toks[k-1].Is(cSingDet) && thingSenseRide[toks[k-2].Norm] // "on the coach"
}
