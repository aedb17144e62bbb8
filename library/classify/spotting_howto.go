package classify

import "tamis/library/classify/lexicon"

// A how-to on recognising an illness informs the reader: « Savoir
// reconnaître un AVC », « Pour repérer les signes d'une crise
// d'épilepsie : … », "How to spot a stroke: face drooping…". The signs it
// lists (« visage paralysé ») are the illness's, no one's. It needs the
// verb with an indefinite object or the signs of one, no name, and no
// person but an indefinite one tied to nothing (« chez un adolescent »,
// « inertie d'un membre »): « Elle sait reconnaître une crise d'angoisse,
// elle en fait souvent » is hers, « un adolescent du club » is ours.

var (
	spottingVerbs = lexicon.Words(lexicon.Data, "spotting_verbs")
	signNouns     = lexicon.Words(lexicon.Data, "sign_nouns")
)

// spottingHowTo: the sentence teaches how to recognise an illness, and
// tells of no one and of no moment; the term at sp is the illness right
// after the verb's indefinite article, or a sign listed after a colon
// that follows it (« Un bénévole a fait un AVC : savoir reconnaître un
// AVC… » tells the volunteer's before it; « comme samedi dernier »,
// "like the one at the club" tell a case).
func (a *analysis) spottingHowTo(sp span) bool {
	if len(a.names) > 0 || a.momentSaid() || a.has(cPastTime) || a.anyWordIn(dayWords) || a.anyWordIn(caseLikeWords) {
		return false
	}
	toks := a.s.Toks
	for _, an := range a.anchors {
		if !a.indefiniteAnchor(an.k) || a.tiedAfter(an.k) || a.ownPersonAt(an.k) {
			return false
		}
	}
	for k := 0; k < sp.i; k++ {
		if !spottingVerbs[toks[k].Norm] {
			continue
		}
		n := k + 1
		if n+1 < len(toks) && isArticle(toks[n].Norm) && !isIndefinite(toks[n].Norm) && signNouns[toks[n+1].Norm] {
			n++ // « les signes », "the symptoms"
		}
		for n < len(toks) && (signNouns[toks[n].Norm] || toks[n].Norm == "de" || toks[n].Norm == "d" || toks[n].Norm == "of") {
			n++
		}
		if n >= len(toks) || !isIndefinite(toks[n].Norm) {
			continue
		}
		m := n + 1
		for m < sp.i && (toks[m].Is(cIllnessHeads) || crisisWords[toks[m].Norm]) {
			m++ // « une crise d'épilepsie »
		}
		if m == sp.i || a.colonBetween(n, sp.i) {
			return true
		}
	}
	return false
}

// caseLikeWords compare with a case that happened (« comme samedi
// dernier », "like the one at the club").
var caseLikeWords = lexicon.Words(lexicon.Data, "case_like_words")

// tiedAfter: the indefinite person at k (its article or its noun) is tied
// to a group or a place by « de », "of" (« un adolescent du club »).
func (a *analysis) tiedAfter(k int) bool {
	toks := a.s.Toks
	for n := k + 1; n < min(len(toks), k+3); n++ {
		if w := toks[n].Norm; w == "de" || w == "du" || w == "des" || w == "d" || w == "of" {
			return true
		}
	}
	return false
}

// ownPersonAt: the indefinite person at k (its article or its noun) is
// one of the association's people or a colleague (« chez un adhérent »,
// "a member").
func (a *analysis) ownPersonAt(k int) bool {
	toks := a.s.Toks
	for n := k; n < min(len(toks), k+2); n++ {
		if toks[n].IsAny(cOwnPeople, cRole) || colleagueWords[toks[n].Norm] {
			return true
		}
	}
	return false
}

// crisisWords head an illness's episode (« une crise d'épilepsie »).
var crisisWords = lexicon.Words(lexicon.Data, "crisis_words")

// colleagueWords are the people of one's work.
var colleagueWords = lexicon.Words(lexicon.Data, "colleague_words")
