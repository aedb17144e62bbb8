package classify

import "tamis/library/classify/lexicon"

// A document marked internal (issue 7, section 4, the gray zone):
// « Chiffres internes du mois : 41 colis distribués », "Internal memo:
// the minibus will be replaced next spring".
// The writer labels what follows as one of the association's working
// documents kept inside: whatever it holds is not public yet, a doubt.
// The mark stands right beside the document's word, after it in French
// and before it in English, in the same clause; a page that says it is
// published passes. Amounts in a document kept inside are the
// association's unpublished finances: blocked. « Règlement intérieur », « médecine interne » or
// « l'interne de garde » name no document.

// internalMarks are the adjectives that keep a document inside.
var internalMarks = lexicon.Words(lexicon.Data, "internal_marks")

// findMarkedInternal reports a working document marked internal.
func (a *analysis) findMarkedInternal() {
	if !a.sentencePending().has(pendInternalDoc) || a.isPublishedNow() {
		return
	}
	if h, ok := a.firstPending(pendInternalDoc, a.markedInternal); ok {
		if a.hasMoney() {
			a.add(ruleFinance, h.i, h.j) // « Budget interne du gala : 6 200 € de dépenses »: the accounts kept inside
			return
		}
		a.add(ruleInternal, h.i, h.j)
	}
}

// markedInternal: a mark within three words after the document's word
// (« tableau de bord interne », « chiffres internes du mois ») or two
// before it ("internal progress note"), with no clause break between.
func (a *analysis) markedInternal(h hit) bool {
	toks := a.s.Toks
	for k := h.j; k < min(len(toks), h.j+3) && !opensClause(toks[k]); k++ {
		if internalMarks[toks[k].Norm] {
			return true
		}
	}
	for k := h.i - 1; k >= max(0, h.i-2) && !opensClause(toks[k+1]); k-- {
		if internalMarks[toks[k].Norm] {
			return true
		}
	}
	return false
}
