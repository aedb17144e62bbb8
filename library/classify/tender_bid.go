package classify

import "tamis/i18n"

// An answer to a tender is confidential until the contract is awarded:
// our price and what the other bidders are thought to ask (« appel
// d'offres de la métropole : on propose 18 €/heure, les concurrents
// seraient à 22 € », "for the council tender we bid £19 an hour"). A
// tender word, an amount and our offer or the other bidders tell it;
// a published notice of a tender names neither. The tender may be named
// in an earlier sentence of the value (« Réponse à l'appel d'offres de la
// ville. … Notre prix sera de 38 500 € »). The tender words are
// the cue list data/cues/tender_notice.txt, read in the same walk of the
// sentence as every cue.

// findTenderBid reports the sentence of an offer in a tender.
func (a *analysis) findTenderBid() {
	if !a.hasAny(cOpening, cRival) || !a.hasMoney() || a.isPublished() || !a.tenderBefore && !a.sentenceCues().has(cueTenderNotice) {
		return
	}
	a.addAs(ruleNegotiation, Blocked, 0, len(a.s.Toks),
		i18n.T("offre en cours sur un marché (prix, concurrents)", "bid in progress on a tender (prices, competitors)"))
}
