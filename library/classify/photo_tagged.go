package classify

import "tamis/library/classify/lexicon"

// A picture whose people are tagged or recognisable (« j'ai tagué les
// bénévoles sur les photos de l'AG », « on les reconnaît tous ») shows
// identifiable people, even where its words read like the subject of a
// talk (« sur les photos », which findPhotos takes for a generic topic).

var photoTagging = lexicon.Words(lexicon.Data, "photo_tagging")

// photoTagged: the sentence says its pictured people are tagged or
// recognisable; a lesson on how to tag (« comment taguer ses photos »)
// pictures no one.
func (a *analysis) photoTagged() bool {
	if a.asksHow() {
		return false
	}
	for _, t := range a.s.Toks {
		if photoTagging[t.Norm] {
			return true
		}
	}
	return false
}
