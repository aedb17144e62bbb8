package classify

import (
	"strings"

	"tamis/library/classify/text"
)

// The association's confidential matters told without a keyword (issue 7,
// section 4): the limit of a negotiation, what is kept from the other
// side, money kept out of the accounts, volunteers drawn from another
// association, an officer removed or suspected, real figures hidden from
// funders. Category 4, blocked: none of it may leave the association.

func (a *analysis) findUnspokenDeals(cs cueSet) {
	n := len(a.s.Toks)
	deal := a.digits || cs.has(cueOurMatter) || a.hasAny(cOrg, cFunding, cBoard)
	switch {
	case cs.has(cueMargin) && a.amountAfterCue(cueMargin):
		a.add(ruleNegotiation, 0, n)
	case cs.has(cueHush) && (deal || a.anyRole()) || a.bracketDenial() || cs.has(cueLie, cueTell):
		a.add(ruleConfidential, 0, n)
	case cs.has(cueOffBooks, cueCash) || cs.has(cueHidden) && (a.digits || a.hasAny(cFunding, cFigures)):
		a.add(ruleFinance, 0, n)
	case cs.has(cueLure, cueMember) && (a.cueCount(cueLure) > 1 || a.has(cRival) || a.theirPeople()):
		a.add(ruleHR, 0, n)
	case cs.has(cueOust) && a.oustedOfficer():
		a.add(ruleHR, 0, n)
	case cs.has(cueMisdeed) && (cs.has(cueSuspicion) || len(a.anchors) > 0 || a.anyRole()):
		a.add(ruleCriminal, 0, n)
	}
}

// theirPeople: « leur », « leurs », "their" stands right before a word of
// the association's people (« leur cuisinier », "their drivers"): the
// people of another body, whom a lure draws away.
func (a *analysis) theirPeople() bool {
	toks := a.s.Toks
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(cueMember) {
			continue
		}
		for k := max(0, h.i-2); k < h.i; k++ {
			if n := toks[k].Norm; n == "leur" || n == "leurs" || n == "their" {
				return true
			}
		}
	}
	return false
}

// cueCount counts the entries of cue c in the sentence.
func (a *analysis) cueCount(c cue) int {
	n := 0
	for _, h := range a.hits {
		if h.dict == dCue && h.val == int(c) {
			n++
		}
	}
	return n
}

// anyRole: a single role of the association is in the sentence.
func (a *analysis) anyRole() bool {
	return a.roleAfter(0, len(a.s.Toks)) >= 0
}

// oustedOfficer: a role follows the removal verb closely (« écarter le
// vice-président », « replace the chair »), not a thing (« remplacer la
// chaudière »).
func (a *analysis) oustedOfficer() bool {
	i, j := a.cueAt(cueOust)
	return i >= 0 && a.roleAfter(j, 3) >= 0
}

// amountAfterCue: an amount of money follows an entry of cue c closely
// (« on peut aller à 14 000 € », "start at 2,000"), not an hour or a count
// (« on commence à 14 h », « jusqu'à 3 séances »).
func (a *analysis) amountAfterCue(c cue) bool {
	toks := a.s.Toks
	return a.cueFollowedBy(c, 6, func(k int) bool {
		return toks[k].Has(text.Digit) && a.amountAt(k) || kiloAmount(toks[k].Norm) // kilo_amount.go: « 3k »
	})
}

// cueFollowedBy: one of the width tokens right after an entry of cue c
// satisfies at. An amount and a percentage (money_position.go) are read
// in the same window after their cue, so both ask here.
func (a *analysis) cueFollowedBy(c cue, width int, at func(k int) bool) bool {
	for _, h := range a.hits {
		if h.dict != dCue || h.val != int(c) {
			continue
		}
		for k := h.j; k < min(len(a.s.Toks), h.j+width); k++ {
			if at(k) {
				return true
			}
		}
	}
	return false
}

// amountAt: the number at token k is money: three digits or more (with
// its thousands groups), or a currency right after it.
func (a *analysis) amountAt(k int) bool {
	toks := a.s.Toks
	digits := len(toks[k].Norm)
	for n := k + 1; n < len(toks) && toks[n].Has(text.Digit) && len(toks[n].Norm) == 3 && (toks[n].Sep == ',' || toks[n].Sep == '.' || toks[n].Sep == 0); n++ {
		digits += 3 // "14 000", "2,600"
	}
	before := strings.TrimRight(a.text[max(0, toks[k].Start-4):toks[k].Start], " ")
	if digits >= 3 || strings.HasSuffix(before, "£") || strings.HasSuffix(before, "$") {
		return true // "£40", "$ 40": the currency before the number
	}
	rest := a.text[toks[k].To():min(len(a.text), toks[k].To()+8)]
	for _, cur := range []string{"€", "£", "$", " euro", "euro", " eur", "k"} {
		if len(rest) >= len(cur) && rest[:len(cur)] == cur || len(rest) > len(cur) && rest[0] == ' ' && rest[1:1+len(cur)] == cur {
			return true
		}
	}
	return false
}

// bracketDenial: a claim denied in brackets right after it (« on a une
// autre offre (c'est faux) », "another offer (we don't)"): what the other
// side of a deal is told is not true.
func (a *analysis) bracketDenial() bool {
	toks := a.s.Toks
	for i := 1; i < len(toks); i++ {
		if toks[i].Sep != '(' {
			continue
		}
		var words []string
		for k := i; k < min(len(toks), i+6); k++ {
			if k > i && toks[k].Sep != 0 && toks[k].Sep != '\'' {
				break
			}
			words = append(words, toks[k].Norm)
		}
		if denials[strings.Join(words, " ")] {
			return true
		}
	}
	return false
}
