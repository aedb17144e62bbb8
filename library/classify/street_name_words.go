package classify

// A street is often named after a church, a chapel, a hospital or a
// saint (« 4 Church Street », « rue de l'Hôpital »): inside an address
// the direct scanner found, such a word names the street, not a fact
// about the person who lives there. The address stays personal; the
// special category it seemed to add goes, so that the text can still be
// anonymised.

// dropSpecialInAddress removes the special-category findings of the
// sentence that lie within a postal address.
func (a *analysis) dropSpecialInAddress() {
	if len(a.sdirect) == 0 {
		return
	}
	a.dropFindingsFrom(a.sentenceFindings(), func(f Finding) bool {
		return f.Category == Sensitive && a.withinAddress(f)
	})
}

// withinAddress: the finding's span lies in a postal address of the
// sentence.
func (a *analysis) withinAddress(f Finding) bool {
	for _, d := range a.sdirect {
		if d.Rule == rulePostalAddress.String() && d.Start <= f.Start && f.End <= d.End {
			return true
		}
	}
	return false
}
