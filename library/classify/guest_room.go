package classify

import "tamis/library/classify/lexicon"

// A guest of an event whose room is given (« l'artiste invitée dort à
// l'hôtel du Port, chambre 12 », "the singer is staying in flat 3B") is
// one person and the door where to find them: an address, as a home is.
// A guest named is blocked by the name (guest_lodging.go); this one is
// unnamed. The poster's « hébergement des artistes à l'hôtel du Port »
// gives no room, and the artists of a plural are many.

var guestNouns = lexicon.Words(lexicon.Data, "guest_nouns") // « artiste », "speaker"; the verbs are guest_lodging.go's

// guestReach bounds the tokens from the guest to the verb, and from the
// verb to the room.
const guestReach = 8

// findGuestLodging reports the span from a singular guest to the number
// of the room where a verb of lodging puts them.
func (a *analysis) findGuestLodging() {
	if len(a.names) > 0 {
		return // a guest named is blocked by the name (guest_lodging.go)
	}
	toks := a.s.Toks
	for g := 1; g < len(toks); g++ {
		if !guestNouns[toks[g].Norm] || !toks[g-1].Is(cSingDet) {
			continue
		}
		for v := g + 1; v < min(len(toks), g+guestReach); v++ {
			if !lodgingWords[toks[v].Norm] {
				continue
			}
			if end := a.roomAfter(v + 1); end > 0 {
				a.add(rulePostalAddress, g-1, end)
				return
			}
		}
	}
}

// roomAfter: a room, a flat or a bed with its number within reach after
// k (« chambre 12 », « appt 3B »); the end of the number, or 0.
func (a *analysis) roomAfter(k int) int {
	toks := a.s.Toks
	for i := k; i+1 < min(len(toks), k+guestReach); i++ {
		if toks[i].Is(cSpot) && (isDigits(toks[i+1].Norm) || isFlatNumber(toks[i+1].Norm)) {
			return i + 2
		}
	}
	return 0
}
