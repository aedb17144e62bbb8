package classify

import "tamis/library/classify/lexicon"

// A funder's public call (issue 7, section 4, public text flagged as
// doubt): « Appel à projets de la Fondation de France, date limite le 30
// septembre », "Call for proposals: the county's community fund closes
// on 1 May". A call with its deadline is the funder's notice to every
// association; the association's own application to it (« notre
// dossier », « on répond à l'appel », "we are applying") stays a doubt,
// as a weak grant word does.

var (
	callWords     = lexicon.Words(lexicon.Data, "call_words")     // appel, call
	deadlineWords = lexicon.Words(lexicon.Data, "deadline_words") // limite, deadline
)

// publicCall: the sentence names a call and its deadline, and the
// association does not speak of itself (« on », « nous », "we", "our").
func (a *analysis) publicCall() bool {
	call, deadline := false, false
	for _, t := range a.s.Toks {
		call = call || callWords[t.Norm]
		deadline = deadline || deadlineWords[t.Norm]
		if t.Is(cWeSubjects) || t.Norm == "notre" || t.Norm == "nos" || t.Norm == "our" {
			return false
		}
	}
	return call && deadline
}
