package classify

// A person introduced after a special fact as who leads or gives
// something is its speaker or carer, not whom the fact is about: "living
// well with diabetes, open to everyone, led by a nurse from the health
// network", "type 1 diabetes and sport in children, with a paediatric
// nurse". The nurse was the nearest anchor, and the talk's theme became
// her health. Any other person near the fact still anchors it (« Paul
// est diabétique, suivi par une infirmière » is Paul's).

// agentLinks introduce the agent: « par », « avec », "by", "with".
var agentLinks = prepositionUses.of("agent")

// agentAnchor: the person anchor an stands after the fact at sp, right
// after an agent link, or after it and one word (« animé par », "led by").
func (a *analysis) agentAnchor(an anchor, sp span) bool {
	if an.kind != anchorPerson || an.k < sp.j+1 {
		return false
	}
	return agentLinks[a.s.Toks[an.k-1].Norm]
}

// nearestAnchorBesides is nearestAnchor without the anchor at token skip.
func (a *analysis) nearestAnchorBesides(k, skip int) (anchor, bool) {
	best, found := anchor{}, false
	bestDist := anchorWindow + 1
	for _, an := range a.anchors {
		if an.k == skip {
			continue
		}
		d := max(an.k-k, k-an.k)
		if d < bestDist || d == bestDist && an.kind < best.kind {
			best, bestDist, found = an, d, true
		}
	}
	return best, found
}
