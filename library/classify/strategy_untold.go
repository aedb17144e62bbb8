package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// A plan of the association kept from those it concerns (issue 7,
// section 4), told in passing and without « confidentiel »: the
// association decides a change to its activity, its staff, its prices or
// its property, or names an amount, and the sentence says that those it
// concerns do not know it yet (« la coordinatrice partira en juillet,
// elle n'est pas au courant », "the board hasn't told her"), that they
// will learn it only once the association has what it waits for (« on le
// dit pas tant que les adhésions sont pas rentrées », « les jardiniers
// l'apprendront quand ce sera signé », "parents won't be told until the
// fees are paid"), or that it is done so that nobody learns of it (« sans
// en informer les financeurs », « personne ne vérifie », "nobody will
// notice"). Who: the association (« on », « nous », its board, its
// people, one of its matters); what: a change or an amount; the sign:
// not known, put off until an event of its own business, or hidden.
// Category 4, blocked. An announcement (« nous avons le regret de vous
// annoncer l'arrêt de la navette »), a date told to the public (« les
// inscriptions ouvriront le 3 mars ») and a season (« annoncé après
// l'été ») carry no such sign; a question, a lesson and a published text
// pass.

// writerWords are the writer and the one written to (pronouns.txt, use
// writer): as the subject of not knowing, a question still open.
var writerWords = pronounUses.of("writer")

// findUntoldPlan reports a plan of the association kept from those it
// concerns.
func (a *analysis) findUntoldPlan() {
	us := a.sentenceUntold()
	if us == 0 {
		return
	}
	cs := a.sentenceCues()
	hidden := us.has(untoldHidden)
	unaware, putOff := a.othersUnaware(us), a.tellingPutOff(us)
	if !unaware && !hidden && !putOff || !a.ownAffair(cs) && len(a.names) == 0 {
		return // a person named (« remplace Martine, elle le saura quand… ») is one the plan concerns
	}
	if hidden && !unaware && !putOff && a.otherBodyActs() {
		return // « L'entreprise a fermé l'usine sans informer les salariés »: another's act, not a plan of ours
	}
	if !a.untoldMatter(us, cs) && !(hidden && a.dealtMatter(cs)) {
		return
	}
	if a.has(cReaderWords) || a.addressesPublic() || a.startsGeneric() || a.howToQuestion() || a.asksHow() ||
		a.isPublished() || a.sentencePending().has(pendPublicSource) || a.blockedInSentence() {
		return // advice to the reader, a lesson, a published or cited text; a fact already blocked as category 4 keeps its own reason
	}
	a.addAs(ruleConfidential, Blocked, 0, len(a.s.Toks),
		i18n.T("projet de l’association que les personnes concernées ne connaissent pas encore : stratégie confidentielle",
			"a plan of the association that those it concerns do not know yet: confidential strategy"))
}

// blockedInSentence: a category-4 finding blocked lies in the sentence (a
// doubt, « demande de subvention non déposée ? », gives way to the rule).
func (a *analysis) blockedInSentence() bool {
	for _, f := range a.findings[a.sentFirst:] {
		if f.Category == Sensitive && f.Verdict == Blocked && f.Start >= a.s.Start && f.End <= a.s.End {
			return true
		}
	}
	return false
}

// untoldMatter: the sentence tells a change the association makes
// (untoldChange, a decided matter of held_matter.go, a closing word) or
// an amount of money.
func (a *analysis) untoldMatter(us untoldSet, cs cueSet) bool {
	return us.has(untoldChange) || a.decidedMatter(cs) || a.has(cClosing) || a.digits && a.hasMoney()
}

// dealtMatter: what an act hidden from others may be about besides a
// change or an amount: a grant, the figures, the accounts, a contract or
// one of the association's matters (« on recycle le dossier FDVA,
// personne ne vérifie », « les fonds dédiés … à régulariser sans
// bruit »).
func (a *analysis) dealtMatter(cs cueSet) bool {
	return cs.has(cueOurMatter) || a.hasAny(cFunding, cFigures, cAccount, cContract)
}

// ownAffair: the sentence speaks of the association (« on », « nous »,
// "we", one of its matters, its people or its board).
func (a *analysis) ownAffair(cs cueSet) bool {
	return cs.has(cueOurMatter) || cs.has(cueMember) || a.hasAny(cBoard, cOwnPeople) || a.aboutUs(0, len(a.s.Toks))
}

// othersUnaware: an entry of untoldUnaware whose clause, before it, has
// no « on », « nous », « je », "we" or "I": someone else does not know
// (« elle n'est pas au courant »), not the writer who does not know yet
// (« on ne sait pas encore », "we don't know yet").
func (a *analysis) othersUnaware(us untoldSet) bool {
	if !us.has(untoldUnaware) {
		return false
	}
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dUntold || h.val != int(untoldUnaware) {
			continue
		}
		mine := false
		for k := h.i - 1; k >= 0 && !mine && !isClauseSep(toks[k+1].Sep); k-- {
			mine = writerWords[toks[k].Norm]
		}
		if !mine && a.clauseEndsAt(h.j) {
			return true
		}
	}
	return false
}

// clauseEndsAt: the tokens from k to the end of the clause are at most
// « encore », "yet" and the like (untold_unaware_tail.txt), or a
// demonstrative and one word ("this figure"): « elle n'est
// pas au courant. », not « ne sont pas au courant que l'épicerie
// existe », which tells what they do not know.
func (a *analysis) clauseEndsAt(k int) bool {
	toks := a.s.Toks
	for ; k < len(toks) && !isClauseSep(toks[k].Sep); k++ {
		if unawareDemonstratives[toks[k].Norm] {
			return k+2 >= len(toks) || isClauseSep(toks[k+2].Sep) // « ce chiffre », "this figure"
		}
		if !unawareTail[toks[k].Norm] {
			return false
		}
	}
	return true
}

var (
	unawareTail           = lexicon.Words(lexicon.Data, "untold_unaware_tail")
	unawareDemonstratives = lexicon.Words(lexicon.Data, "untold_demonstratives")
)

// tellingPutOff: a word of telling or learning, then in its sentence
// part (a comma does not end it: « on l'annonce à la rentrée, une fois
// les renouvellements faits ») a word that puts it off until an event of
// the association's business (« on l'annonce après la signature »,
// « tant que les adhésions… », "until the fees are paid"), a word that
// puts it off by itself (« communication reportée »), or the event right
// after a word of learning (« les salariés l'apprendront au CSE »); or a
// word of waiting for such an event before the telling (« on attend le
// versement de la CAF pour l'annoncer »).
func (a *analysis) tellingPutOff(us untoldSet) bool {
	if !us.has(untoldAwaited) && !us.has(untoldDeferred) {
		return false
	}
	toks := a.s.Toks
	for i := range toks {
		learn := a.untoldAt(untoldLearn, i)
		if !learn && !toks[i].IsAny(cDisclose, cTell) {
			continue
		}
		if !a.heldTelling(i) {
			continue
		}
		for k := i + 1; k < min(len(toks), i+10) && !partSep(toks[k].Sep); k++ {
			if a.untoldAt(untoldDeferred, k) || a.untoldAt(untoldUntil, k) && a.awaitedWithin(k+1, k+7) {
				return true
			}
			if learn && k <= i+6 && a.untoldAt(untoldAwaited, k) {
				return true
			}
		}
		for k := i - 1; k >= max(0, i-10) && !partSep(toks[k+1].Sep); k-- {
			if a.untoldAt(untoldWait, k) && a.awaitedWithin(k+1, i) {
				return true
			}
		}
	}
	return false
}

// heldTelling: the telling at i is held back or points back to the
// matter already told: a negation, « seulement » or "only" just before
// it (« on le dit pas », « ne seront informés qu'après », "won't be
// told"), or an object pronoun right before it (« on l'annonce », « les
// jardiniers l'apprendront », « on lui annonce »). « la hausse … annoncée
// aux adhérents après le vote » tells the matter to its readers now.
// A word that puts the telling off by itself (« communication reportée »)
// needs neither.
func (a *analysis) heldTelling(i int) bool {
	toks := a.s.Toks
	for k := i + 1; k < min(len(toks), i+10) && !partSep(toks[k].Sep); k++ {
		if a.untoldAt(untoldDeferred, k) {
			return true
		}
	}
	for k := i - 1; k >= max(0, i-3); k-- {
		n := toks[k].Norm
		if isNegation(toks[k]) || heldWords[n] || k >= i-2 && toldObjects[n] {
			return true
		}
		if partSep(toks[k+1].Sep) {
			break
		}
	}
	return false
}

// toldObjects stand for the matter or the person told (pronouns.txt,
// use told-object); heldWords restrict a telling (« seulement »,
// "only": untold_restriction_words.txt).
var (
	toldObjects = pronounUses.of("told-object")
	heldWords   = lexicon.Words(lexicon.Data, "untold_restriction_words")
)

// partSep: the separator ends a part of the sentence wider than a
// clause: a semicolon, a colon, a bracket or a quotation mark, not a
// comma.
func partSep(b byte) bool {
	return b != ',' && isClauseSep(b)
}

// untoldAt: an entry of list l starts at token k.
func (a *analysis) untoldAt(l untold, k int) bool {
	for _, h := range a.hits {
		if h.dict == dUntold && h.val == int(l) && h.i == k {
			return true
		}
	}
	return false
}

// awaitedWithin: an awaited event starts in tokens [i, j) of the clause.
func (a *analysis) awaitedWithin(i, j int) bool {
	toks := a.s.Toks
	for k := i; k < min(j, len(toks)); k++ {
		if k > i && isClauseSep(toks[k].Sep) {
			return false
		}
		if a.untoldAt(untoldAwaited, k) {
			return true
		}
	}
	return false
}

// otherBodyActs: the sentence opens on another body (« L'entreprise »,
// « La SNCF », « Le bailleur social »: org_label_words.txt,
// known_bodies.txt, deal_parties.txt) and holds nothing of the
// association's voice (own_voice.txt, « on »): what it hides is that
// body's act, told by those it wronged.
func (a *analysis) otherBodyActs() bool {
	toks := a.s.Toks
	k := 0
	if k < len(toks) && toks[k].Is(cDefiniteArticles) {
		k++
	}
	if k >= len(toks) || !(orgLabelWords[toks[k].Norm] || toks[k].Is(cKnownBodies) || dealParties[toks[k].Norm]) {
		return false
	}
	return !a.ownVoiceSaid() && !a.has(cBoard) // public_voice.go
}
