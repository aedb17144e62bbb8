package classify

import "tamis/library/classify/lexicon"

// A share of the association's public (issue 7, section 4, the gray
// zone): « la moitié des inscrits », « une partie des bénévoles », "a
// minority of our volunteers" say something of its people as a group
// that the association has not published: a statistic, doubt. The share
// words are data (data/cues/affair_share.txt), as are the words that
// join a share to its group (data/words/share_links.txt).

// shareOfPublic: a share of the association's public or activity (« la
// moitié des inscrits », "most of our volunteers") is a statistic about
// it, not published unless the sentence says so; a majority in a vote
// (« à la majorité des membres présents ») is how a body decides, and a
// share of something else ("half price for members") no statistic.
func (a *analysis) shareOfPublic(as affairSet) bool {
	if !as.has(affShare) || !a.hasAny(cPopulation, cOwnPeople, cActivity) || a.announced() || a.isPublished() {
		return false
	}
	for _, h := range a.hits {
		if h.dict == dAffair && h.val == int(affShare) && !votingRule(a.s.Toks, h.i, h.j) && a.shareOfGroup(h.j) {
			return true
		}
	}
	return false
}

// shareLinks join a share to the group it divides (« la moitié des
// inscrits », "two thirds of our members").
var shareLinks = lexicon.Words(lexicon.Data, "share_links")

// shareOfGroup: the share ending at k divides the association's public
// or activity, joined by share links only (« la moitié des inscrits »,
// not "half price for members").
func (a *analysis) shareOfGroup(k int) bool {
	toks := a.s.Toks
	for i := k; i < min(len(toks), k+3); i++ {
		if toks[i].IsAny(cPopulation, cOwnPeople, cActivity) {
			return true
		}
		if !shareLinks[toks[i].Norm] {
			return false
		}
	}
	return false
}
