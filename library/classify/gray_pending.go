package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Pending matters of the association (issue 7, section 4, the gray zone):
// news told without a keyword that is internal because it is not settled
// or not announced yet — a draft, news heard before its announcement, a
// question left to the next board meeting, a disagreement over a bill, a
// sponsor sought, a rota with holes, tension in a team, money said to be
// short, a small group that can be recognised, a partner that stopped
// answering. Each rule asks for cues of data/cues/ (cues.go), so a sentence
// without them costs one test of the cue set. Doubt, never blocked: the
// volunteer checks before it leaves the association.

// fewCounts are the counts, in words, of fewCounted.
var fewCounts = lexicon.Words(lexicon.Data, "few_counts")

// findPendingMatters runs the rules of the pending matters on the cues
// of the sentence.
func (a *analysis) findPendingMatters(cs cueSet) {
	if a.has(cWeather) || cs.has(cueGoodNews) || a.startsGeneric() {
		return // « reporté à cause de la pluie », « bonne nouvelle », « Atelier … »: announced
	}
	n := len(a.s.Toks)
	if cs.has(cueNotPublicYet) && !a.isPublishedNow() {
		a.add(ruleInternal, 0, n) // the sentence says so itself, even when it speaks to its reader
		return
	}
	if a.addressesPublic() || a.isPublished() {
		return // an appeal or an announcement to all
	}
	switch {
	case cs.has(cueDeliberate, cueNextMeeting), cs.has(cueUndecided), cs.has(cueStrain), cs.has(cueShortHanded),
		a.teamTension(cs), a.rotaNotKept(cs), a.complaintAboutUs(cs):
		a.add(ruleInternal, 0, n)
	case cs.has(cueDispute, cueBilled), a.partnerSought(cs), cs.has(cueNoReply), cs.has(cueTalks):
		a.add(rulePartner, 0, n)
	case cs.has(cueOnly) && a.fewCounted():
		a.add(ruleAggregate, 0, n)
	}
}

// isPublishedNow: the sentence says the fact is public, and not that it
// is still to come (« pas encore en ligne »).
func (a *analysis) isPublishedNow() bool {
	return a.isPublished() && !a.notYet()
}

// teamTension: a word of tension with a team of the association (« ambiance
// tendue dans l'équipe », "friction in the coaching staff").
func (a *analysis) teamTension(cs cueSet) bool {
	return cs.has(cueTeam) && a.has(cTension)
}

// rotaNotKept: holes in the rota, or the association's people who do not
// come (« des trous dans le planning », "volunteers didn't turn up").
func (a *analysis) rotaNotKept(cs cueSet) bool {
	return cs.has(cueShortage) && (cs.has(cueRota) || cs.has(cueMember) || a.population)
}

// complaintAboutUs: people who complain of someone of the association
// (« des parents se plaignent de l'animateur »), a matter to handle
// inside.
func (a *analysis) complaintAboutUs(cs cueSet) bool {
	return cs.has(cueComplaint) && (a.has(cRole) || cs.has(cueTeam) || cs.has(cueMember) || a.population)
}

// partnerSought: a sponsor or a partnership sought, not found yet (« piste
// de mécénat », "early talks with a brewery about sponsoring").
func (a *analysis) partnerSought(cs cueSet) bool {
	return cs.has(cueProspect) && (cs.has(cuePartnership) || a.has(cFunding))
}

// fewCounted: a count of one to five of the association's people next
// to a restrictive word (« seulement deux inscrits », "only three people
// came"): a group so small that its members can be recognised.
func (a *analysis) fewCounted() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueOnly) {
			continue
		}
		for k := max(0, h.i-3); k < min(len(toks)-1, h.j+2); k++ {
			if isFewCount(toks[k]) && (toks[k+1].Is(cPopulation) || k+2 < len(toks) && toks[k+2].Is(cPopulation)) {
				return true
			}
		}
	}
	return false
}

// isFewCount: a number from one to five, in digits or in words.
func isFewCount(t text.Token) bool {
	if t.Has(text.Digit) {
		return len(t.Norm) == 1 && t.Norm[0] >= '1' && t.Norm[0] <= '5'
	}
	return fewCounts[t.Norm]
}
