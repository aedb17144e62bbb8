package classify

import "slices"

// Some persons are found after the special categories are judged: a
// family named by its surname alone (« les Benhamou mangent casher »,
// "the Cohens only eat kosher"), a bare surname, a name with an age
// (cue_rules.go). A weak word of the special lists counts only next to a
// person, so it was left alone; once such a name is known, the fact is
// about that person as much as about a name found first.

// findSpecialOfLateNames gives the names found after the anchors their
// anchor, then judges again the special entries of the sentence that no
// finding covers.
func (a *analysis) findSpecialOfLateNames() {
	late := false
	for _, n := range a.names {
		if !a.anchoredName(n.i) {
			a.anchors = append(a.anchors, anchor{k: n.i, kind: anchorName})
			late = true
		}
	}
	if !late {
		return
	}
	slices.SortStableFunc(a.anchors, func(x, y anchor) int { return x.k - y.k })
	for _, sp := range a.spansOf(dSpecial, nil) {
		if !a.coveredByFinding(sp) {
			a.judgeSpecialSpan(sp) // special.go
		}
	}
}

// anchoredName: a name anchor stands at token k.
func (a *analysis) anchoredName(k int) bool {
	for _, an := range a.anchors {
		if an.k == k && an.kind == anchorName {
			return true
		}
	}
	return false
}

// coveredByFinding: a blocked category-4 finding already covers the span
// (a doubt may still become a fact of the person now known).
func (a *analysis) coveredByFinding(sp span) bool {
	start, end := a.s.Toks[sp.i].From(), a.s.Toks[sp.j-1].To()
	for _, f := range a.findings {
		if f.Start <= start && f.End >= end && f.Category == Sensitive && f.Verdict == Blocked {
			return true
		}
	}
	return false
}
