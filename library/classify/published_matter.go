package classify

import "tamis/library/classify/lexicon"

// A merger that a text says public is the association's news: « Notre
// fusion avec Entraide Sud, votée à l'AG du 14 juin, est effective »,
// « Comme annoncé dans notre communiqué de mars, la fusion… », "the
// regional council has announced the merger". Told in the future (« la
// fusion sera annoncée dans le rapport annuel », "will be announced in
// our press release") or denied (« pas encore publiée », « rien n'est
// publié »), it is still a plan kept back. A negotiation's margin, a
// dispute or a staff matter stay what they are wherever they are told.

// publishedMatters are the matters a published text makes public.
var publishedMatters = map[RuleID]bool{ruleMerger: true, ruleFinance: true}

// publishedMatter: the sentence says the matter of rule r public (a
// published mark, or a decision taken in public: public_decisions.txt),
// with no denial, no future, nothing still to come.
func (a *analysis) publishedMatter(r RuleID) bool {
	if !publishedMatters[r] || !a.isPublished() && !a.decidedInPublic() || a.negated() {
		return false
	}
	for k, t := range a.s.Toks {
		if a.futureAt(k) || t.Is(cSoon) || toComeWords[t.Norm] {
			return false
		}
	}
	return true
}

// decidedInPublic: a phrase of a decision taken in public stands in the
// sentence.
func (a *analysis) decidedInPublic() bool {
	for _, h := range a.hits {
		if h.dict == dDecided {
			return true
		}
	}
	return false
}

// toComeWords say a future the « -ra » ending misses
// (data/words/future_words.txt).
var toComeWords = lexicon.Words(lexicon.Data, "future_words")
