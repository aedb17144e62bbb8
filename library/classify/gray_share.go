package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

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
	if !as.has(affShare) || a.announced() || a.isPublished() {
		return false
	}
	for _, h := range a.hits {
		if h.dict == dAffair && h.val == int(affShare) && !votingRule(a.s.Toks, h.i, h.j) && (a.shareOfGroup(h.j) || ourGroupBefore(a.s.Toks, h.i)) {
			return true
		}
	}
	return false
}

// countedPublics are publics a share counts
// (data/words/counted_publics.txt).
var countedPublics = lexicon.Words(lexicon.Data, "counted_publics")

// ourPublicParticiples make a group the association's public
// (data/words/our_public_participles.txt).
var ourPublicParticiples = lexicon.Words(lexicon.Data, "our_public_participles")

// shareLinks join a share to the group it divides (« la moitié des
// inscrits », "two thirds of our members").
var shareLinks = lexicon.Words(lexicon.Data, "share_links")

// shareOfGroup: the share ending at k divides the association's public
// or activity, joined by share links only (« la moitié des inscrits »,
// not "half price for members").
func (a *analysis) shareOfGroup(k int) bool {
	toks := a.s.Toks
	for i := k; i < min(len(toks), k+3); i++ {
		if toks[i].IsAny(cPopulation, cOwnPeople, cActivity) || countedPublics[toks[i].Norm] || i > k && i+1 < len(toks) && ourPublicParticiples[toks[i+1].Norm] && a.describedNoun(i) {
			return true // « la moitié des sortants suivis en 2024 »
		}
		if (toks[i].Norm == "nos" || toks[i].Norm == "our") && i+1 < len(toks) {
			return true // "most of our fosters": whatever the noun, a group of ours
		}
		if !shareLinks[toks[i].Norm] {
			return false
		}
	}
	return false
}

// ourGroupBefore: the group a share divides is named before it, as one
// of ours (« Sur nos 60 filleuls, environ un tiers… », "Among our
// volunteers, half…").
func ourGroupBefore(toks []text.Token, share int) bool {
	for k := 0; k+1 < share; k++ {
		switch toks[k].Norm {
		case "sur", "parmi", "among", "of":
			if toks[k+1].Norm == "nos" || toks[k+1].Norm == "our" {
				return true
			}
		}
	}
	return false
}
