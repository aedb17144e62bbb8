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
// tells of no one; the term at sp is the illness or a sign listed after
// the verb (« Un bénévole a fait un AVC : savoir reconnaître un AVC… »
// tells the volunteer's before it).
func (a *analysis) spottingHowTo(sp span) bool {
	if len(a.names) > 0 {
		return false
	}
	toks := a.s.Toks
	for _, an := range a.anchors {
		if !a.indefiniteAnchor(an.k) || a.tiedAfter(an.k) {
			return false
		}
	}
	for k := 0; k+1 < sp.j && k < sp.i; k++ {
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
		if n < len(toks) && isIndefinite(toks[n].Norm) {
			return true
		}
	}
	return false
}

// tiedAfter: the indefinite person at k (its article or its noun) is tied
// to a group or a place by « de », "of" (« un adolescent du club »).
func (a *analysis) tiedAfter(k int) bool {
	toks := a.s.Toks
	for n := k + 1; n < min(len(toks), k+3); n++ {
		if isParticle(toks[n].Norm) || toks[n].Norm == "of" {
			return true
		}
	}
	return false
}
