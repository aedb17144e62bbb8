package classify

import "strings"

// Values of the association's list entries in Classifier.lists.
const (
	listAllow = 1
	listDeny  = 2
)

// applyLists matches the association's allowlist and denylist on the
// sentence, ignoring case and accents. An allowlisted span is never flagged
// and its tokens explain themselves (an association named after a person is
// not a person); a denylisted one is always sensitive.
func (a *analysis) applyLists() {
	if a.c.lists.Empty() || !a.mayHoldList() {
		return
	}
	toks := a.s.Toks
	allowEnd, denyEnd := 0, 0
	for i := range toks {
		if w := toks[i].Norm; !a.c.lists.MaySig(w) || !a.c.lists.MayStart(w) {
			continue // no entry starts here: nothing below would change
		}
		bestAllow, bestDeny := 0, 0
		a.c.lists.EachMatch(toks, i, func(end int, v int32) {
			if v == listAllow {
				bestAllow = max(bestAllow, end)
			} else {
				bestDeny = max(bestDeny, end)
			}
		})
		if bestAllow > 0 && i >= allowEnd {
			a.allowed = append(a.allowed, [2]int{toks[i].From(), toks[bestAllow-1].To()})
			for k := i; k < bestAllow; k++ {
				a.consumed[k] = true
			}
			allowEnd = bestAllow
		}
		if bestDeny > 0 && i >= denyEnd {
			a.add(ruleDenylist, i, bestDeny)
			denyEnd = bestDeny
		}
	}
}

// maxListHeads bounds the first words that mayHoldList searches for: an
// association lists a few names and projects; past that, every token is
// asked, as before.
const maxListHeads = 16

// mayHoldList reports whether the sentence may start an entry of the
// lists: a token starts one only if its folded form is an entry's first
// word, and then the sentence's folded words, end to end, hold that word.
// A few substring searches over the sentence replace a test per token.
// It always answers true under the dispatch test (guards.go).
func (a *analysis) mayHoldList() bool {
	if a.c.listHeads == nil || a.every {
		return true
	}
	for _, w := range a.c.listHeads {
		if strings.Contains(a.s.Norms, w) {
			return true
		}
	}
	return false
}
