package classify

// quasiOfKind: a quasi-identifier of the sentence is of one of the kinds
// given (« age », « job », « family »…). The card, the public profile and
// the life story each ask the same question of their own kinds, so the
// loop over the spans stands here once.
func (a *analysis) quasiOfKind(kinds ...string) bool {
	a.scratch = a.spansOf(dQuasi, a.scratch[:0])
	for _, sp := range a.scratch {
		kind := a.lex.quasi[sp.val-1].kind
		for _, k := range kinds {
			if kind == k {
				return true
			}
		}
	}
	return false
}
