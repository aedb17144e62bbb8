package classify

import "tamis/library/classify/text"

// Stages run only on sentences that hold their triggers (stages.go); the
// parts of an always-run stage may skip in the same way, with a guard at
// their top: « if a.lacks(venueWords) { return } ». A guard names the
// classes without which the part changes nothing — every branch of the
// part must start at a word of one of them. The dispatch test
// (dispatch_test.go) classifies every text of the package with every
// stage and every guard switched off (everyStage), and fails when an
// output differs: a guard that forgets a class fails it.

// lacks reports that the sentence holds no word of the classes in need.
// It always answers false under the dispatch test.
func (a *analysis) lacks(need text.ClassSet) bool {
	return !a.sentCls.Intersects(need) && !a.c.everyStage
}

// The guards' classes, each built once.
var (
	venueGuard = classesOf(cSaintWords, cOrgHeads, cClubAcronyms, cClubWords, cVenue) // markVenues
	labelGuard = classesOf(cNameLabels)                                               // labelledName
)
