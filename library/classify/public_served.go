package classify

// The public an activity serves, described (issue 7, section 4, public
// text flagged as doubt): « groupe de parole pour les personnes touchées
// par un cancer », « cours adaptés aux personnes en situation de
// handicap », "a support group for people living with HIV". A sensitive
// word beside a public in the plural is a statistic about the public —
// a doubt — only when something counts it (a number, « plusieurs »,
// « la moitié ») or when the public is the association's own (« nos
// bénéficiaires »); otherwise it says whom the activity is for, as a
// leaflet would, and names no one.

// publicServed: the sentence's public in the plural is counted by
// nothing and is not the association's own.
func (a *analysis) publicServed() bool {
	return !a.digits && !a.hasAny(cQuantity, cNumberWords, cSpelledNumber) &&
		!affairSet(a.listsFound(dAffair)).has(affShare) && !a.ownPopulation()
}
