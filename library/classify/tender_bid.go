package classify

import (
	"strings"

	"tamis/i18n"
)

// An answer to a tender is confidential until the contract is awarded:
// our price and what the other bidders are thought to ask (« appel
// d'offres de la métropole : on propose 18 €/heure, les concurrents
// seraient à 22 € », "for the council tender we bid £19 an hour"). A
// tender word, an amount and our offer or the other bidders tell it;
// a published notice of a tender names neither.

// tenderWords are phrases of one to three words, folded and joined by a
// space (phraseSet).
var tenderWords = phraseSet("tender_words")

// tenderFirst are the first words of tenderWords: a phrase is joined only
// from one of them.
var tenderFirst = func() map[string]bool {
	m := map[string]bool{}
	for p := range tenderWords {
		m[strings.SplitN(p, " ", 2)[0]] = true
	}
	return m
}()

// findTenderBid reports the sentence of an offer in a tender.
func (a *analysis) findTenderBid() {
	if !a.hasMoney() || a.isPublished() || !a.tenderNamed() {
		return
	}
	a.addAs(ruleNegotiation, Blocked, 0, len(a.s.Toks),
		i18n.T("offre en cours sur un marché (prix, concurrents)", "bid in progress on a tender (prices, competitors)"))
}

// tenderNamed: a phrase of tenderWords stands in the sentence.
func (a *analysis) tenderNamed() bool {
	toks := a.s.Toks
	for i := range toks {
		w := toks[i].Norm
		if !tenderFirst[w] {
			continue
		}
		for n := 1; n <= 3 && i+n <= len(toks); n++ {
			if n > 1 {
				w = strings.Join([]string{w, toks[i+n-1].Norm}, " ")
			}
			if tenderWords[w] {
				return true
			}
		}
	}
	return false
}
