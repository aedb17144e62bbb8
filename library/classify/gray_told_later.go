package classify

import "tamis/library/classify/lexicon"

// A matter told in person later (issue 7, section 4, the gray zone: an
// allusion): « On a reçu un courrier bizarre de la fédé, je vous le
// montre samedi », "We received a letter from the landlord's agent; I'll
// explain at Thursday's meeting", "About what happened — let's discuss it
// at the committee meeting, not on WhatsApp". The writer promises to
// tell or show something and puts it off to a meeting, to speech or to a
// day, and the rest of the clause names nothing: what is kept for the
// association's own people is not public yet, a doubt. A promise that
// names what it will tell (« je vous explique samedi comment greffer un
// pommier », « je vous montre samedi les nouveaux jeux », "I'll show you
// round the garden on Saturday") is an invitation, and passes.

var (
	toldLaterLinks = lexicon.Words(lexicon.Data, "told_later_links")
	toldWhat       = lexicon.Words(lexicon.Data, "told_what")
	dayWords       = lexicon.Words(lexicon.Data, "day_month_words")
)

// findToldLater reports a promise to tell a matter later, in person.
func (a *analysis) findToldLater() {
	ps := a.sentencePending()
	if !ps.has(pendTellLater, pendToldInPerson) || a.isPublishedNow() {
		return
	}
	for _, h := range a.hits {
		if h.dict == dPending && h.val == int(pendTellLater) && a.putOff(h) {
			a.add(ruleInternal, h.i, h.j)
			return
		}
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
