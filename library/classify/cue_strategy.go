package classify

// The association's confidential matters told without a keyword (issue 7,
// section 4): the limit of a negotiation, what is kept from the other
// side, money kept out of the accounts, volunteers drawn from another
// association, an officer removed or suspected, real figures hidden from
// funders. Category 4, blocked: none of it may leave the association.

func (a *analysis) findUnspokenDeals(cs cueSet) {
	n := len(a.s.toks)
	deal := a.digits || cs.has(cueOurMatter) || a.has(cOrg|cFunding|cBoard)
	switch {
	case cs.has(cueMargin) && a.digits:
		a.add("negotiation", Sensitive, Blocked, 0, n, strategyReason("negotiation"))
	case cs.has(cueHush) && (deal || a.anyRole()):
		a.add("confidential", Sensitive, Blocked, 0, n, strategyReason("confidential"))
	case cs.has(cueOffBooks, cueCash) || cs.has(cueHidden) && (a.digits || a.has(cFunding|cFigures)):
		a.add("finance", Sensitive, Blocked, 0, n, strategyReason("finance"))
	case cs.has(cueLure, cueMember) && (a.cueCount(cueLure) > 1 || a.has(cRival)):
		a.add("hr", Sensitive, Blocked, 0, n, strategyReason("hr"))
	case cs.has(cueOust) && a.oustedOfficer():
		a.add("hr", Sensitive, Blocked, 0, n, strategyReason("hr"))
	case cs.has(cueMisdeed) && (cs.has(cueSuspicion) || len(a.anchors) > 0 || a.anyRole()):
		a.add("criminal", Sensitive, Blocked, 0, n, specialReason("criminal"))
	}
}

// cueCount counts the entries of cue c in the sentence.
func (a *analysis) cueCount(c cue) int {
	n := 0
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(c) {
			n++
		}
	}
	return n
}

// anyRole: a single role of the association is in the sentence.
func (a *analysis) anyRole() bool {
	return a.roleAfter(0, len(a.s.toks)) >= 0
}

// oustedOfficer: a role follows the removal verb closely (« écarter le
// vice-président », « replace the chair »), not a thing (« remplacer la
// chaudière »).
func (a *analysis) oustedOfficer() bool {
	i, j := a.cueAt(cueOust)
	return i >= 0 && a.roleAfter(j, 3) >= 0
}
