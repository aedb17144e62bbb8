package classify

import (
	"strings"

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

// fewCounts are the counts, in words, of fewCounted (the class cFewCounts,
// set_classes.go).
var fewCounts = lexicon.Words(lexicon.Data, "few_counts")

// findPendingMatters runs the rules of the pending matters on the lists
// found in the sentence (gray_pending_lists.go) and on its cues.
func (a *analysis) findPendingMatters(cs cueSet) {
	ps := a.sentencePending()
	if ps == 0 || a.has(cWeather) || cs.has(cueGoodNews) || a.headedAsPublic() {
		return // « reporté à cause de la pluie », « bonne nouvelle », « Atelier … »: announced
	}
	n := len(a.s.Toks)
	if ps.has(pendNotPublicYet) && !a.isPublishedNow() {
		a.add(ruleInternal, 0, n) // the sentence says so itself, even when it speaks to its reader
		return
	}
	if a.addressesPublic() || a.isPublished() {
		return // an appeal or an announcement to all
	}
	switch {
	case a.internalPending(ps, cs):
		a.add(ruleInternal, 0, n)
	case ps.has(pendDispute, pendBilled), ps.has(pendSale, pendBilled), a.partnerSought(ps), a.partnerLost(ps), ps.has(pendNoReply), ps.has(pendTalks),
		ps.has(pendAsked) && a.hasAny(cOrg, cPartnerBody, cPublicBody, cFunderBodies):
		a.add(rulePartner, 0, n)
	case ps.has(pendOnly) && a.fewCounted(), a.activityRate(ps):
		a.add(ruleAggregate, 0, n)
	case ps.has(pendFollowed) && a.oneUnnamed(), a.unnamedConduct(ps):
		a.add(ruleVague, 0, n)
	}
}

// internalPending: a matter of the association not settled: a question
// left open or to a coming meeting, an inspection, money or hands short,
// tension in a team, holes in the rota, a complaint, an activity at stake.
func (a *analysis) internalPending(ps pendingSet, cs cueSet) bool {
	switch {
	case ps.has(pendDeliberate, pendNextMeeting), ps.has(pendUndecided), ps.has(pendStrain), ps.has(pendShortHanded),
		ps.has(pendAssessment), ps.has(pendInspection), ps.has(pendSelection), ps.has(pendDiscord):
		return true
	case ps.has(pendOwnQuestion) && a.endsOnQuestion() && !a.has(cPublicEvents) && a.ourMatter(cs):
		// a change to one of its matters, not a question put to the AI
		// about a text ("Should we use a formal tone?")
		return a.hasAny(cChange, cLimit, cTrouble, cFall) || a.negated()
	case ps.has(pendThreatened), ps.has(pendUnknown), ps.has(pendAwaiting), ps.has(pendNotGranted):
		return a.ourMatter(cs)
	case ps.has(pendThanPlanned) && a.has(cFall):
		return true
	case ps.has(pendIntend) && a.has(cChange):
		return true
	case ps.has(pendLikely) && (a.ourMatter(cs) || a.has(cClosing)):
		return a.hasAny(cChange, cTrouble, cFall) || a.negated()
	}
	people := a.hasAny(cRole, cBoard) || ps.has(pendTeam) || cs.has(cueMember) || a.population
	return ps.has(pendTeam) && a.tensionSaid() || ps.has(pendShortage) && (ps.has(pendRota) || people) ||
		(ps.has(pendSanction) || ps.has(pendComplaint)) && people
}

// endsOnQuestion: the value holds a question mark after the sentence's
// first word (« Doit-on accepter ce don ? »).
func (a *analysis) endsOnQuestion() bool {
	toks := a.s.Toks
	return strings.IndexByte(a.text[toks[0].End:min(len(a.text), a.s.End+2)], '?') >= 0
}

// headedAsPublic: the sentence opens on a generic marker (« Atelier … »,
// "About us"), not on an approximation before a number ("About 25
// parcels a week").
func (a *analysis) headedAsPublic() bool {
	toks := a.s.Toks
	return a.startsGeneric() && !(len(toks) > 1 && toks[1].Has(text.Digit))
}

// channelOf: a published marker that only says how a flow of the
// activity comes (« les dons en ligne », "online sign-ups"): a channel,
// not a publication of the figures.
func (a *analysis) channelOf(h hit) bool {
	toks := a.s.Toks
	return h.j-h.i <= 2 && (h.i > 0 && toks[h.i-1].Is(cActivity) || h.j < len(toks) && toks[h.j].Is(cActivity))
}

// isPublishedNow: the sentence says the fact is public, and not that it
// is still to come (« pas encore en ligne »).
func (a *analysis) isPublishedNow() bool {
	return a.isPublished() && !a.notYet()
}

// ourMatter: the sentence names a matter of the association, a partner
// or a funder.
func (a *analysis) ourMatter(cs cueSet) bool {
	return cs.has(cueOurMatter) || a.hasAny(cActivity, cOrg, cFunding, cBoard, cPartnerBody, cPublicBody)
}

// partnerLost: a partner, a donor or a supplier that leaves or lets the
// association down (« on a perdu le sponsor », "our funder pulled out").
func (a *analysis) partnerLost(ps pendingSet) bool {
	return ps.has(pendEnded) && (ps.has(pendPartnership) || a.hasAny(cFunding, cOrg, cPartnerBody, cPublicBody))
}

// partnerSought: a sponsor or a partnership sought, not found yet (« piste
// de mécénat », "early talks with a brewery about sponsoring").
func (a *analysis) partnerSought(ps pendingSet) bool {
	return ps.has(pendProspect) && (ps.has(pendPartnership) || a.hasAny(cFunding, cOrg, cPartnerBody, cPublicBody))
}

// activityRate: a figure of the activity as a rate or an average, a
// number followed by whom or what it counts (« 18 enfants par mercredi
// en moyenne », "30 visitors a week", « taux de remplissage : 65 % »),
// not a time or a price (« 2 h par semaine »), nor a limit announced to
// the public (« 12 personnes max par séance »).
func (a *analysis) activityRate(ps pendingSet) bool {
	if !ps.has(pendRate) || !a.digits || a.has(cLimit) {
		return false
	}
	if a.hasPercent() && !a.has(cPersonMoney) {
		return true
	}
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if yearToken(toks[k]) && (toks[k+1].Sep == ',' || toks[k+1].Sep == ':') {
			continue // « depuis le 1er janvier 2025, les inscrits… »: a date, not a count
		}
		if toks[k].Has(text.Digit) && (a.countedAt(k+1) || k+2 < len(toks) && a.countedAt(k+2)) {
			return true
		}
	}
	return false
}

// countedAt: token k is someone or something the association counts.
func (a *analysis) countedAt(k int) bool {
	if a.s.Toks[k].Is(cPopulation) {
		return true
	}
	for _, h := range a.hits[a.hitStart[k]:a.hitStart[k+1]] {
		if h.dict == dPending && h.val == int(pendCounted) {
			return true
		}
	}
	return false
}

// oneUnnamed: the sentence opens on one person told by an indefinite
// (« Une famille suivie par l'asso … », "One of the families we help …").
func (a *analysis) oneUnnamed() bool {
	toks := a.s.Toks
	return len(toks) > 1 && (isIndefinite(toks[0].Norm) || toks[0].Norm == "one")
}

// fewCounted: a count of one to five of the association's people next
// to a restrictive word (« seulement deux inscrits », "only three people
// came"): a group so small that its members can be recognised.
func (a *analysis) fewCounted() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dPending || h.val != int(pendOnly) {
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
	return t.Is(cFewCounts)
}
