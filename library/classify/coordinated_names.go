package classify

import "slices"

// findCoordinatedNames: a short first name (Tom, Léa, Ali) is no person by
// itself, it may be a word or a brand; coordinated with a name already
// found (« Léa et Jonathan », "Tom and Jake", "Sophie, Tom et Hugo"), it
// is one more person of the list. Names stay in sentence order: the
// couple rules read neighbours.
func (a *analysis) findCoordinatedNames() {
	toks := a.s.toks
	for k := 0; k < len(a.names); k++ {
		n := a.names[k]
		if n.public {
			continue
		}
		if i := n.i - 2; i >= 0 && a.coordinated(i+1) && a.lonelyFirstName(i) {
			a.insertName(k, i)
			k++
		}
		if j := n.j; j+1 < len(toks) && a.coordinated(j) && a.lonelyFirstName(j+1) {
			a.insertName(k+1, j+1)
			k++
		}
	}
}

// coordinated: token k joins two items of a list (« et », "and", a comma).
func (a *analysis) coordinated(k int) bool {
	t := a.s.toks[k]
	return t.norm == "et" || t.norm == "and" || t.norm == "&"
}

// lonelyFirstName: token k is a first name of the lists not yet taken.
func (a *analysis) lonelyFirstName(k int) bool {
	return !a.coveredByName(k) && a.isFirstName(k, false) && !(k+1 < len(a.s.toks) && joined(a.s.toks, k+1, '-'))
}

// insertName reports the one-token name at token i, at place k of a.names.
func (a *analysis) insertName(k, i int) {
	a.names = slices.Insert(a.names, k, nameHit{i: i, j: i + 1})
	a.add(ruleName, i, i+1)
}
