package classify

// Feedback that goes badly (issue 7, section 4, the gray zone): « Les
// retours des familles sur les nouveaux horaires sont plutôt négatifs »,
// "Feedback from one of the host families was rather critical", « les
// bénévoles se sentent démunis », "Some members are unhappy about the new
// rota". What the association hears back from its public or its people,
// when the view is negative, is an internal assessment before it is
// published: a doubt. A page that asks for opinions (« Donnez-nous votre
// avis, même négatif »), teaches how to answer them or says it is
// published, a view turned round by a negation (« pas négatifs »), and
// an adjective that names a topic (« les effets négatifs des écrans »,
// « familles démunies ») pass.

// findBadFeedback reports a negative view heard back from the
// association's public or people.
func (a *analysis) findBadFeedback() {
	ps := a.sentencePending()
	if !ps.has(pendNegativeView) && !ps.has(pendDiscontent) {
		return
	}
	if a.isPublishedNow() || a.addressesPublic() || a.startsGeneric() || a.teachesHow() {
		return
	}
	people := ps.has(pendFeedback) || a.hasAny(cOwnPeople, cPopulation)
	for _, h := range a.hits {
		if h.dict != dPending || a.negatedView(h.i) {
			continue
		}
		if h.val == int(pendNegativeView) && a.feedbackBefore(h.i) || h.val == int(pendDiscontent) && people {
			a.add(ruleInternal, h.i, h.j)
			return
		}
	}
}

// feedbackBefore: a word of feedback stands before token i in the
// sentence (« les retours … sont négatifs », « avis négatifs »).
func (a *analysis) feedbackBefore(i int) bool {
	for _, h := range a.hits {
		if h.dict == dPending && h.val == int(pendFeedback) && h.j <= i {
			return true
		}
	}
	return false
}

// negatedView: a negation within two words before the view at i.
func (a *analysis) negatedView(i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if isNegation(a.s.Toks[k]) {
			return true
		}
	}
	return false
}
