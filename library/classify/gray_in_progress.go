package classify

import "tamis/library/classify/lexicon"

// A way of deciding told in progress (issue 7, section 4, the gray zone):
// « Trois candidatures pour le poste d'animateur, présélection en
// cours », « Budget 2027 en cours d'arbitrage au bureau », « Les comptes
// sont en cours de validation », « Des échanges ont commencé avec le
// centre social », "the lease is under review". A selection, a vote, a
// negotiation or the closing of the accounts under way has no outcome
// yet: internal until it is announced, a doubt. « Inscriptions en
// cours », « travaux en cours » name no deciding and pass, as does a
// sentence that speaks to its public or says it is published.

// inProgressMarks follow a process to tell it is under way.
var inProgressMarks = lexicon.Words(lexicon.Data, "in_progress_marks")

// findInProgress reports a way of deciding told in progress.
func (a *analysis) findInProgress() {
	if !a.sentencePending().has(pendDeciding) || a.addressesPublic() || a.isPublishedNow() || a.has(cWeather) {
		return
	}
	if h, ok := a.firstPending(pendDeciding, a.underWay); ok {
		a.add(ruleInternal, h.i, h.j)
	}
}

// underWay: « en cours de » or "under" right before the process, or a
// mark of progress within three words after it (« sélection en cours »,
// « discussions informelles ont commencé », "talks have started").
func (a *analysis) underWay(h hit) bool {
	toks := a.s.Toks
	if h.i >= 3 && toks[h.i-3].Norm == "en" && toks[h.i-2].Norm == "cours" && (toks[h.i-1].Norm == "de" || toks[h.i-1].Norm == "d") ||
		h.i >= 1 && toks[h.i-1].Norm == "under" {
		return true
	}
	for k := h.j; k < min(len(toks), h.j+3) && !opensClause(toks[k]); k++ {
		if inProgressMarks[toks[k].Norm] {
			return true
		}
	}
	return false
}
