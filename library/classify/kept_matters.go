package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// The association's confidential matters told without a keyword (issue 7,
// section 4), each a pair of cues (data/cues/): a vote bargained for, the
// price of its own bid, a quarrel with a funder or a landlord, a donor's
// private condition, a candidate chosen before the announcement. Category
// 4, blocked; a published text (« annoncé lors de l'AG publique ») passes.

func (a *analysis) findKeptMatters(cs cueSet) {
	if announcedOpenly(cs) {
		a.dropAnnouncedMerger()
		return
	}
	r, reason := a.keptMatter(cs)
	if r == ruleNone || a.isPublished() || a.addressesPublic() || a.startsGeneric() || a.asksHow() {
		return // an announcement, a workshop on how to contest a decision
	}
	a.addAs(r, Blocked, 0, len(a.s.Toks), reason)
}

// keptMatter returns the rule and reason of the first pair of cues the
// sentence holds, or ruleNone: the pairs are read before the guards,
// which walk the sentence.
func (a *analysis) keptMatter(cs cueSet) (RuleID, string) {
	switch {
	case cs.has(cueVote, cueDeal):
		return ruleNegotiation, i18n.T("vote négocié en coulisses", "vote being bargained for")
	case cs.has(cueOwnBid, cueTender) && (a.hasMoney() || a.bidFigure()): // bid_figure.go
		return ruleNegotiation, i18n.T("prix de notre offre, pas encore public", "our bid price, not yet public")
	case cs.has(cueCounterpart, cueDispute):
		return ruleLitigation, i18n.T("différend avec un financeur, un bailleur ou un fournisseur",
			"dispute with a funder, a landlord or a supplier")
	case cs.has(cueDonor, cueDeal) && !cs.has(cueTax):
		return ruleConfidential, i18n.T("condition posée en privé par un donateur", "a donor's private condition")
	case cs.has(cueCandidate) && (cs.has(cueUnofficial) || cs.has(cueHush)):
		return ruleHR, i18n.T("choix pour un poste, pas encore annoncé", "choice for a post, not yet announced")
	}
	return ruleNone, ""
}

// announcedOpenly: the sentence says its matter was announced to the
// public (announced.txt) and nothing says it is still unofficial or to
// be kept quiet.
func announcedOpenly(cs cueSet) bool {
	return cs.has(cueAnnounced) && !cs.has(cueUnofficial) && !cs.has(cueHush)
}

// dropAnnouncedMerger: a merger the association announced (« heureux
// d'annoncer notre fusion », "approved at the AGM") is public: the merger
// finding of the sentence goes, and so do the doubts that the news is not
// public yet.
func (a *analysis) dropAnnouncedMerger() {
	k := a.sentenceFindings()
	a.dropFindingsFrom(k, func(f Finding) bool {
		return f.Rule == ruleMerger.String() || f.Verdict == Doubt && (f.Rule == ruleInternal.String() || f.Rule == rulePartner.String())
	})
}

// asksHow: the sentence asks or teaches how to do something (« comment
// contester une décision »), about no matter of the association's own.
func (a *analysis) asksHow() bool {
	for _, t := range a.s.Toks {
		if howWords[t.Norm] {
			return true
		}
	}
	return false
}

// howWords open a question or a lesson about a procedure.
var howWords = lexicon.Words(lexicon.Data, "how_words")
