package classify

import "tamis/library/classify/lexicon"

// A numbered room or bed in a place of care makes its occupant a patient
// (issue 7, section 4): « Mme Picard, chambre 214 à la clinique du Parc »,
// "Mr Hale, bed 12 on the cardiology ward". A room word and a number
// (data/words/care_rooms.txt), a place of care in the same sentence
// (care_places.txt) and a person near is a fact of health (category 4).
// « chambre 214 à l'hôtel » names no place of care; « la chambre 12 de la
// clinique est repeinte » is about no one.

var (
	careRooms  = lexicon.Words(lexicon.Data, "care_rooms")
	carePlaces = lexicon.Words(lexicon.Data, "care_places")
)

// findCareRoom reports a numbered room or bed in a place of care, said
// of a person.
func (a *analysis) findCareRoom() {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !isDigits(toks[k+1].Norm) || !toks[k].Is(cCareRooms) || !a.carePlaceIn() { // the number first: no hash for most words
			continue
		}
		if an, ok := a.nearestAnchor(k); ok && !a.sentenceGeneric() && (an.kind == anchorName || !isIndefinite(toks[an.k].Norm)) {
			a.add(ruleHealth, k, k+2)
			return
		}
	}
}

// carePlaceIn: the sentence names a place of care.
func (a *analysis) carePlaceIn() bool {
	return a.has(cCarePlaces) // a class, tagged once (set_classes.go)
}
