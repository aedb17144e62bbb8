package classify

import "tamis/library/classify/lexicon"

// A matter told in person later (issue 7, section 4, the gray zone: an
// allusion): « La banque nous a écrit, je vous la montre jeudi », « Souci
// avec le traiteur, on en reparle de vive voix », "Odd email from the
// council; I'll fill you in at the next committee meeting". The writer
// promises to tell or show something and puts it off to a meeting, to
// speech or to a day, and the rest of the clause names nothing: what is kept for the
// association's own people is not public yet, a doubt. A promise that
// names what it will tell (« je vous explique samedi comment greffer un
// pommier », « je vous montre samedi les nouveaux jeux », "I'll show you
// round the garden on Saturday") is an invitation, and passes.

var (
	toldLaterLinks = lexicon.Words(lexicon.Data, "told_later_links")
	toldWhat       = lexicon.Words(lexicon.Data, "told_what")
)

// findToldLater reports a promise to tell a matter later, in person.
func (a *analysis) findToldLater() {
	ps := a.sentencePending()
	if !ps.has(pendTellLater, pendToldInPerson) || a.isPublishedNow() {
		return
	}
	if h, ok := a.firstPending(pendTellLater, a.putOff); ok {
		a.add(ruleInternal, h.i, h.j)
	}
}

// putOff: the rest of the promise's clause holds a place or a time of
// telling and nothing else but linking words and days (« à la réunion
// de jeudi », "at Thursday's meeting").
func (a *analysis) putOff(h hit) bool {
	toks := a.s.Toks
	inPerson := make([]bool, 0, 8) // per token after the promise: part of a place or time of telling
	for k := h.j; k < len(toks) && (k == h.j || !opensClause(toks[k])); k++ {
		inPerson = append(inPerson, false)
	}
	end, found := h.j+len(inPerson), false
	for _, d := range a.hits {
		if d.dict == dPending && d.val == int(pendToldInPerson) && d.i >= h.j && d.j <= end {
			found = true
			for k := d.i; k < d.j; k++ {
				inPerson[k-h.j] = true
			}
		}
	}
	if !found {
		return false
	}
	for k := h.j; k < end; k++ {
		w := toks[k].Norm
		if toldWhat[w] || !inPerson[k-h.j] && !toldLaterLinks[w] && !dayWords[w] {
			return false
		}
	}
	return true
}
