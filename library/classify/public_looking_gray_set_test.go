package classify

import "testing"

// TestEvalPublicLookingGray measures testdata/grayfa12: 228 public values that
// look gray (generic questions to an assistant, press and institution
// news, laws and statutes, children's activities, history, fiction,
// published statistics, job offers, prices, emergencies, a provisional
// budget the general meeting adopted) and 166 gray values of ours that
// must stay flagged (drafts, pending answers, tensions, incidents,
// rumours, internal figures, questions about us). The set was read while
// writing world_question.go, general_advice.go, assembly_adopted.go,
// legal_text.go and history_gray.go: it guards against regressions.
func TestEvalPublicLookingGray(t *testing.T) {
	m := measure(New(Rules{}), readEvalDir(t, "testdata/grayfa12", "grayfa12 set"))
	m.check(t, "grayfa12 set", publicLookingGrayFloor)
}

// publicLookingGrayFloor is a little around the set's figures: public values
// 36.0 % flagged at the start and 23.2 % after the rules written from the
// set; those rules (world_question.go, general_advice.go,
// assembly_adopted.go, legal_text.go, history_gray.go) were taken out
// the same night, when a read-only review of 390 sentences found 113
// that they let pass or lowered (our own news asked as a question,
// « comme annoncé au bureau », a budget adopted « à huis clos », our
// statutes read as a law). Now 34.2 % flagged and 13.6 % blocked, gray
// values 87.3 % flagged.
var publicLookingGrayFloor = bounds{riskyBlocked: 0, sensitiveCat4: 0, okBlocked: 16, okFlagged: 36, grayFlagged: 87}
