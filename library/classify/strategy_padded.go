package classify

import "tamis/i18n"

// Figures padded for a funder (issue 7, section 4), told in passing: the
// association reports more than it did (« on met 45 participants alors
// qu'on en a eu 19 », « les ateliers annulés apparaissent comme
// réalisés », "the trust report will say 40 sessions ran; we only did
// 26"), or bills one cost or one action to two funders in full (« la même
// action … pour la faire financer deux fois », « le même poste, chacun à
// 100 % », "the same laptop in both the Tesco and the Aviva
// applications"). What: a phrase of untold_padded.txt; to whom: a
// funder (counterpart.txt), a grant, an application or the figures of a report, in the
// sentence or in an earlier one (« Dossier CAF : on met… »); who: the
// association (« on », « nous », its matters or its board). Category 4,
// blocked. Cofunding told openly (« financé par la CAF et la Région »)
// carries no such phrase; a question, a lesson, a rule (« Il est
// interdit de compter deux fois un participant ») and a published text
// pass.

// findPaddedFigures reports figures padded for a funder.
func (a *analysis) findPaddedFigures() {
	us := a.sentenceUntold()
	if !us.has(untoldPadded) {
		return
	}
	cs := a.sentenceCues()
	if !a.funderBefore && !a.hasAny(cFunding, cFunderBodies, cFigures) && !cs.has(cueCounterpart) && !a.applicationNamed() {
		return
	}
	if !affairSet(a.listsFound(dAffair)).has(affSubject) && !a.ownAffair(cs) {
		return
	}
	if a.has(cReaderWords) || a.addressesPublic() || a.startsGeneric() || a.howToQuestion() || a.asksHow() || a.endsOnQuestion() || a.opensOnRule() ||
		a.isPublished() || a.sentencePending().has(pendPublicSource) || a.blockedInSentence() {
		return // advice, a lesson, a published or cited text; a fact already blocked as category 4 keeps its own reason
	}
	a.addAs(ruleGrant, Blocked, 0, len(a.s.Toks),
		i18n.T("chiffres gonflés ou dépense comptée deux fois pour un financeur : stratégie confidentielle",
			"figures padded or a cost counted twice for a funder: confidential strategy"))
}

// applicationNamed: a word of applicationWords (grant_reused.go) is in
// the sentence.
func (a *analysis) applicationNamed() bool {
	for _, t := range a.s.Toks {
		if applicationWords[t.Norm] {
			return true
		}
	}
	return false
}

// opensOnRule: the sentence, or its part after a colon (« Conseil : ne
// pas faire financer… »), opens on a prohibition or a negated infinitive
// (data/words/rule_openers.txt): a rule or advice for anyone.
func (a *analysis) opensOnRule() bool {
	toks := a.s.Toks
	for i := range toks {
		if i > 0 && toks[i].Sep != ':' {
			continue
		}
		key := ""
		for k := i; k < min(i+3, len(toks)); k++ {
			if k > i {
				key += " "
			}
			key += toks[k].Norm
			if ruleOpeners[key] {
				return true
			}
		}
	}
	return false
}

// ruleOpeners open a rule or a piece of advice.
var ruleOpeners = phraseSet("rule_openers")
