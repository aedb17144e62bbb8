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
	if a.isPublished() || a.addressesPublic() || a.startsGeneric() || a.asksHow() {
		return // an announcement, a workshop on how to contest a decision
	}
	n := len(a.s.Toks)
	switch {
	case cs.has(cueVote, cueDeal):
		a.addAs(ruleNegotiation, Blocked, 0, n, i18n.T("vote négocié en coulisses", "vote being bargained for"))
	case cs.has(cueOwnBid, cueTender) && a.hasMoney():
		a.addAs(ruleNegotiation, Blocked, 0, n, i18n.T("prix de notre offre, pas encore public", "our bid price, not yet public"))
	case cs.has(cueCounterpart, cueDispute):
		a.addAs(ruleLitigation, Blocked, 0, n, i18n.T("différend avec un financeur, un bailleur ou un fournisseur",
			"dispute with a funder, a landlord or a supplier"))
	case cs.has(cueDonor, cueDeal) && !cs.has(cueTax):
		a.addAs(ruleConfidential, Blocked, 0, n, i18n.T("condition posée en privé par un donateur", "a donor's private condition"))
	case cs.has(cueCandidate) && (cs.has(cueUnofficial) || cs.has(cueHush)):
		a.addAs(ruleHR, Blocked, 0, n, i18n.T("choix pour un poste, pas encore annoncé", "choice for a post, not yet announced"))
	}
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
