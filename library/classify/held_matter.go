package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// A decision of the association held back (issue 7, section 4, the
// association's confidential matters): the board closes a branch, ends
// two contracts, merges with a neighbour, finds its accounts questioned,
// and the sentence says that this is kept from others for now (« à huis
// clos », « personne ne doit le savoir », « les intéressés ne savent pas
// encore », « on l'annonce seulement après l'AG », "keep this from the
// members"). A matter not yet public is a doubt by itself (held_back.go,
// gray_pending.go); a matter the association has DECIDED, and keeps from
// its own people or the public, is its confidential strategy: category 4,
// blocked. What is still open (« peut-être », « rien n'est signé », "we
// might") stays a doubt, and a pause the public is told of (« fermé pour
// l'été ») or a published text passes.

var (
	laterWords   = lexicon.Words(lexicon.Data, "later_words")   // seulement après l'AG
	openWords    = lexicon.Words(lexicon.Data, "open_words")    // idée, on songe à
	settled      = lexicon.Words(lexicon.Data, "settled_words") // signé, approved
	meetingWords = lexicon.Words(lexicon.Data, "meeting_words") // AG, réunion
)

// findHeldMatter reports a decided matter of the association that the
// sentence holds back.
func (a *analysis) findHeldMatter() {
	cs := a.sentenceCues()
	if !a.decidedMatter(cs) || !a.heldBack(cs) || a.stillOpen(cs) {
		return
	}
	if a.isPublished() || a.sentencePending().has(pendPublicSource) || a.sensitiveInSentence() || announcedOpenly(cs) {
		return // published or told by the press, or announced (« comme annoncé à l'AG »); or a fact already category 4 keeps its own reason
	}
	a.addAs(ruleConfidential, Blocked, 0, len(a.s.Toks),
		i18n.T("décision interne tenue secrète pour l’instant : information confidentielle de l’association",
			"internal decision kept back for now: the association's confidential information"))
}

// decidedMatter: the sentence tells a decision or a finding of the
// association (cueHeldMatter, a closing word) or an amount of money, and
// no pause told to the public (« fermé pour l'été »).
func (a *analysis) decidedMatter(cs cueSet) bool {
	if cs.has(cueForAWhile) {
		return false
	}
	return cs.has(cueHeldMatter) || a.has(cClosing) || a.digits && a.hasMoney() // an amount has a digit: no text to read without one
}

// heldBack: the sentence keeps its matter from others: a word of secrecy
// (cueSecrecy), a mark that it is not public yet (pendNotPublicYet), a
// disclosure held back (held_back.go) or put off until later.
func (a *analysis) heldBack(cs cueSet) bool {
	if cs.has(cueSecrecy) || a.sentencePending().has(pendNotPublicYet) {
		return true
	}
	for i, t := range a.s.Toks {
		if t.IsAny(cDisclose, cTell) && (a.restrainedAt(i) || a.putOffAt(i)) {
			return true
		}
	}
	return false
}

// putOffAt: a word of later follows the disclosure word at i within six
// tokens of its clause (« annonce aux bénévoles en mai seulement »);
// « avant », "before" only after a negation (« pas avant l'AG »). The
// announcement waits for the association's people or one of its meetings
// (« après l'AG », « aux salariés »): « annoncé après l'été » keeps
// nothing from anyone.
func (a *analysis) putOffAt(i int) bool {
	toks := a.s.Toks
	later, audience := false, false
	for k := i + 1; k < min(len(toks), i+9) && !isClauseSep(toks[k].Sep); k++ {
		n := toks[k].Norm
		audience = audience || toks[k].IsAny(cBoard, cOwnPeople) || meetingWords[n]
		if k < i+7 && laterWords[n] && (!beforeWords[n] || isNegation(toks[k-1])) {
			later = true
		}
	}
	return later && audience
}

// stillOpen: the matter is not settled (« peut-être », « rien n'est
// signé », « on ne sait pas encore », « idée », "might", a conditional):
// news for the gray zone, a doubt. (cueUnofficial is no such mark: it
// holds « réservé au bureau » as well as « rien d'officiel ».)
func (a *analysis) stillOpen(cs cueSet) bool {
	if cs.has(cueModal) || a.hasAny(cUnsure, cConditional) || a.anyWordIn(openWords) {
		return true
	}
	if ps := a.sentencePending(); ps.has(pendUndecided) || ps.has(pendUnknown) {
		return true
	}
	return a.notSettled()
}

// notSettled: a word of settling within three tokens after a negation or
// « encore », "yet" (« rien n'est signé », « pas encore voté », "not yet
// approved", "nothing official yet").
func (a *analysis) notSettled() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !settled[t.Norm] && !t.Is(cDecision) {
			continue
		}
		for k := max(0, i-3); k < i; k++ {
			if n := toks[k].Norm; isNegation(toks[k]) || n == "rien" || n == "nothing" || restraintWords[n] {
				return true
			}
		}
	}
	return false
}
