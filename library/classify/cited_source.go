package classify

import (
	"tamis/library/classify/lexicon"
)

// A sentence that cites a newspaper or a public body as its source
// (issue 7, section 4, public text flagged as doubt: dated public news,
// published figures): « Dans La Dépêche du 4 juin, la mairie dit qu'elle
// rénoverait le gymnase », « D'après Santé publique France, les
// personnes âgées isolées sont plus souvent hospitalisées l'hiver »,
// "According to the ONS, one in five adults…". What it tells is already
// published: its doubts (a conditional read as hearsay, a statistic, a
// role) go.
// What is blocked stays blocked — a person's health is no less a fact for
// being in the paper —, a source that is only a person of the
// association (« selon la trésorière ») is no public source, and a
// sentence that leaves its matter open (« peut-être un reportage dans
// Ouest-France, à confirmer ») tells no published news.

// sourceLinks introduce a source before its name.
var sourceLinks = lexicon.Words(lexicon.Data, "source_links")

// dropCitedSourceDoubts removes the doubts of a sentence that cites a
// public source.
func (a *analysis) dropCitedSourceDoubts() {
	k := a.sentenceFindings()
	ps := a.sentencePending()
	if k == len(a.findings) || !ps.has(pendPublicSource) || !a.citesPublicSource() || a.leftOpen(ps) {
		return
	}
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Verdict == Doubt
	})
}

// citesPublicSource: a word that introduces a source stands within two
// words before the name of a public source (articles between), or three
// in "according to the WHO". In a sentence that names and points at no
// one, a verb of saying does too, right before the source or right after
// it at the end of the sentence (« …, rappelle franceinfo », "…, the
// Charity Commission reports").
func (a *analysis) citesPublicSource() bool {
	toks := a.s.Toks
	noOne := len(a.names) == 0 && len(a.anchors) == 0
	for _, h := range a.hits {
		if h.dict != dPending || h.val != int(pendPublicSource) {
			continue
		}
		if noOne && h.j == len(toks)-1 && h.i > 0 && toks[h.i].Sep == ',' && (sourceLinks[toks[h.j].Norm] || newsSayingVerbs[toks[h.j].Norm]) {
			return true // "…, the Charity Commission reports": the source closes the news
		}
		for k := h.i - 1; k >= max(0, h.i-3); k-- {
			if sourceLinks[toks[k].Norm] && (k >= h.i-2 || toks[k+1].Norm == "to") || noOne && k >= h.i-2 && newsSayingVerbs[toks[k].Norm] {
				return true
			}
		}
	}
	return false
}

// newsSayingVerbs say who tells the news (data/words/news_saying_verbs.txt).
var newsSayingVerbs = lexicon.Words(lexicon.Data, "news_saying_verbs")

// leftOpen: the sentence holds a word that leaves its matter open or
// unsettled (« peut-être », « pas encore », « à confirmer », "might").
func (a *analysis) leftOpen(ps pendingSet) bool {
	as := affairSet(a.listsFound(dAffair))
	return as.has(affOpen) || as.has(affModal) || ps.has(pendOpenTail) || ps.has(pendNotPublicYet) || ps.has(pendUndecided)
}

// citedPublicNews: the sentence is news a public source has told
// (« Les négociations entre l'État et les médecins sont dans l'impasse,
// selon les médias », "Tensions between the government and the unions
// are rising, according to the BBC"): no person is named or described
// in it and nothing leaves it open. The association's matters it names
// (a negotiation, tensions, a trial, a deficit) are in the paper, no
// longer confidential.
func (a *analysis) citedPublicNews() bool {
	if len(a.names) > 0 || len(a.anchors) > 0 {
		return false
	}
	ps := a.sentencePending()
	return ps.has(pendPublicSource) && a.citesPublicSource() && !a.leftOpen(ps)
}
