package classify

import "tamis/library/classify/lexicon"

// A note headed by a numbered room or bed (« Chambre 12 : chute hier
// soir, hématome au bras », "Room 4: fever overnight") is a care log:
// the heading points at the one person who sleeps there, and a sign of
// the body after it is that person's health. A room's upkeep
// (« Chambre 12 : peinture à refaire ») tells of no one.

// bodySigns are the everyday signs of the body a care log notes
// (data/words/body_signs.txt).
var bodySigns = lexicon.Words(lexicon.Data, "body_signs")

// findRoomNote reports the heading and the first sign of the body of a
// care log.
func (a *analysis) findRoomNote() {
	toks := a.s.Toks
	if len(toks) < 4 || !toks[0].Is(cCareRooms) || !isDigits(toks[1].Norm) || toks[2].Sep != ':' {
		return
	}
	for k := 2; k < len(toks); k++ {
		if bodySigns[toks[k].Norm] {
			a.add(ruleHealth, 0, 2)
			a.add(ruleHealth, k, k+1)
			return
		}
	}
}
