package classify

import "tamis/library/classify/lexicon"

// Where a person lives, told by its landmarks rather than by a street
// (« elle loge au-dessus de la boulangerie, à côté de l'église », "he
// lives in the cottage past the mill"), is their address all the same:
// in a village it leads to one door. A verb of
// residence about a person of the sentence, then a word that places the
// home against a landmark, then the landmark: blocked, as an address.

var (
	landmarkPositions = lexicon.Words(lexicon.Data, "landmark_positions")
	landmarks         = lexicon.Words(lexicon.Data, "landmarks")
	landmarkInside    = lexicon.Words(lexicon.Data, "landmark_inside")
)

// landmarkReach bounds the tokens between the verb of residence and the
// landmark: the home may be described first (« la maison aux volets
// bleus juste après »).
const landmarkReach = 16

// findResidenceLandmark reports the span from the verb to the landmark.
func (a *analysis) findResidenceLandmark() { a.findResidence(landmarkReach, a.landmarkAfter) }

// landmarkAfter: token k is a position word and a landmark follows
// within three tokens (its articles and « de »); it returns the end of
// the landmark, 0 if there is none.
func (a *analysis) landmarkAfter(k int) int {
	toks := a.s.Toks
	inside := landmarkInside[toks[k].Norm] // « dans », « sur »: a landmark of the list only
	if !inside && !landmarkPositions[toks[k].Norm] {
		return 0
	}
	for n := k + 1; n < min(len(toks), k+4); n++ {
		t := toks[n]
		if t.Is(cVenue) && !inside || landmarks[t.Norm] || n+1 < len(toks) && landmarks[t.Norm+" "+toks[n+1].Norm] {
			return n + 1
		}
	}
	return 0
}
