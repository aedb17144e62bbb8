package classify

import (
	"tamis/i18n"
	"tamis/library/classify/text"
)

// The association's own money position told without a keyword (issue 7,
// section 4): the price it offers to buy a building, a sum a funder still
// owes it, what a meal really costs it against what it charges, how far
// it will give way to a partner (« avec le magasin, on accepte jusqu'à
// 15 % de dons en moins »). Any of them, read by the other side, weakens
// the association in a deal: category 4, blocked. A published text, an
// announcement to the public, a lesson on how to do it pass.

// findMoneyPosition reports the association's money position in a deal.
func (a *analysis) findMoneyPosition(cs cueSet) {
	position := cs.has(cueMoneyPosition) && a.hasMoney() && len(a.anchors) == 0 // a person who owes us: personal, told by other rules
	margin := cs.has(cueMargin) && a.percentAfterCue(cueMargin) && a.counterpartNamed(cs)
	if !position && !margin {
		return
	}
	if a.isPublished() || a.addressesPublic() || a.startsGeneric() || a.asksHow() || a.sensitiveInSentence() {
		return
	}
	if margin {
		a.add(ruleNegotiation, 0, len(a.s.Toks))
		return
	}
	a.addAs(ruleFinance, Blocked, 0, len(a.s.Toks),
		i18n.T("montant d’une offre, d’une créance ou d’un coût réel : finances internes non publiées",
			"amount of an offer, a debt owed to us or a real cost: unpublished internal finances"))
}

// percentAfterCue: a percentage follows an entry of cue c closely (« on
// accepte jusqu'à 15 % »).
func (a *analysis) percentAfterCue(c cue) bool {
	toks := a.s.Toks
	return a.cueFollowedBy(c, 4, func(k int) bool { return toks[k].Has(text.Digit) && a.percentAt(k) }) // cue_strategy.go
}

// percentAt: « % » or « pour cent », "percent" right after the number at k.
func (a *analysis) percentAt(k int) bool {
	end := int(a.s.Toks[k].End)
	rest := a.text[end:min(len(a.text), end+3)]
	for _, r := range rest {
		if r == '%' {
			return true
		}
		if r != ' ' && r != '\u00a0' && r != '\u202f' {
			break
		}
	}
	n := a.s.Toks
	return k+1 < len(n) && (n[k+1].Norm == "percent" || n[k+1].Norm == "pour" && k+2 < len(n) && n[k+2].Norm == "cent")
}

// counterpartNamed: the other side of the deal is in the sentence (an
// organisation, a partner body, a landlord or a funder), or the limit
// holds on its condition (« s'ils gardent la livraison », "if they").
func (a *analysis) counterpartNamed(cs cueSet) bool {
	return cs.has(cueCounterpart) || cs.has(cueCondition) || a.hasAny(cOrg, cPartnerBody, cFunderBodies) || len(a.names) > 0
}
