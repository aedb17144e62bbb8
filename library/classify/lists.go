package classify

import "tamis/i18n"

// applyLists matches the association's allowlist and denylist on the
// sentence, ignoring case and accents. An allowlisted span is never flagged
// and its tokens explain themselves (an association named after a person is
// not a person); a denylisted one is always sensitive.
func (a *analysis) applyLists() {
	toks := a.s.toks
	a.scratch = a.c.allow.findAll(toks, a.scratch[:0])
	for _, sp := range a.scratch {
		a.allowed = append(a.allowed, [2]int{toks[sp.i].start, toks[sp.j-1].end})
		for k := sp.i; k < sp.j; k++ {
			a.consumed[k] = true
		}
	}
	a.scratch = a.c.deny.findAll(toks, a.scratch[:0])
	for _, sp := range a.scratch {
		a.add("denylist", Sensitive, Blocked, sp.i, sp.j,
			i18n.T("terme confidentiel de la liste de l'association", "confidential term from the association's list"))
	}
}
