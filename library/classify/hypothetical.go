package classify

// The words hypotheticalBefore reads before « de », "of" (« cas »,
// "case", "event") are the class cCaseHeads (data/words/case_heads.txt,
// set_classes.go): a sentence without one frames no case.

// hypotheticalBefore: the words before token i frame it as a case that
// may arise (« en cas de litige », "in case of a dispute", "in the event
// of a complaint"): a notice's advice, not a matter the association is in.
func (a *analysis) hypotheticalBefore(i int) bool {
	toks := a.s.Toks
	k := i - 1
	if k >= 0 && toks[k].Norm != "d" && isArticle(toks[k].Norm) {
		k-- // "in case of a dispute"
	}
	if k < 2 {
		return false
	}
	w := func(n int) string { return toks[n].Norm }
	switch {
	case w(k) != "de" && w(k) != "d" && w(k) != "of":
		return false
	case w(k-2) == "en" && w(k-1) == "cas", w(k-2) == "in" && w(k-1) == "case":
		return true
	}
	return k >= 3 && w(k-3) == "in" && w(k-2) == "the" && w(k-1) == "event"
}
