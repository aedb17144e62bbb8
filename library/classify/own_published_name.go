package classify

import "tamis/library/classify/lexicon"

// The association publishes the names of its officers and staff: « Notre
// présidente, Hélène Vasseur, a été réélue (compte rendu publié sur notre
// site) ». A name of ours is never let through by the words around it
// (names.go reportName, learned_release.go heldName), but when the text
// says it is published already, the volunteer is asked rather than
// stopped: a doubt, not a block. A publication to come (« sera publié »,
// "will be published") or denied (« pas encore publié ») says nothing of
// the name yet.

// futurePublication are the words before a word of publication that put
// it in the future or make it a wish (data/words/future_publication.txt).
var futurePublication = lexicon.Words(lexicon.Data, "future_publication")

// saidPublished: the sentence says that its text is already published.
func (a *analysis) saidPublished() bool {
	if !a.isPublishedNow() { // gray_pending.go: a word of publication, not negated nor « pas encore »
		return false
	}
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dPublished {
			continue
		}
		for k := max(0, h.i-2); k < h.i; k++ {
			if futurePublication[toks[k].Norm] {
				return false
			}
		}
	}
	return true
}
