package classify

import "tamis/library/classify/lexicon"

// British English calls the family doctor's practice "the surgery" (the
// NHS says "GP surgery"): "flu jabs at the surgery on Monday" tells where
// a public service is given, not that someone had an operation. French
// has no such double word (« cabinet médical », « chirurgie »). The place
// reading needs the words of a place around the word — a modifier ("GP
// surgery"), "at the", "ring the", "surgery hours" — and a sentence that
// names no one: "Mrs Patel is at the surgery" stays a fact about her,
// and "after the surgery" dates an operation.

var (
	careVenues        = lexicon.Words(lexicon.Data, "care_venues")          // surgery
	careVenueModifier = lexicon.Words(lexicon.Data, "care_venue_modifiers") // GP, dental, our
	careVenuePlaces   = lexicon.Words(lexicon.Data, "care_venue_places")    // at, ring (before "the")
	careVenueAfter    = lexicon.Words(lexicon.Data, "care_venue_after")     // hours, reception
)

// careVenue: the special term at sp is the place where care is given.
func (a *analysis) careVenue(sp span) bool {
	toks := a.s.Toks
	if sp.j != sp.i+1 || !careVenues[toks[sp.i].Norm] || len(a.names) > 0 || len(a.anchors) > 0 {
		return false
	}
	if sp.j < len(toks) && careVenueAfter[toks[sp.j].Norm] {
		return true // "surgery hours"
	}
	if sp.i == 0 {
		return false
	}
	prev := toks[sp.i-1].Norm
	if prev == "s" && sp.i > 1 { // "the doctor's surgery"
		prev = toks[sp.i-2].Norm
	}
	return careVenueModifier[prev] || prev == "the" && sp.i > 1 && careVenuePlaces[toks[sp.i-2].Norm]
}
