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
// after an agent link, introduced by an article (« une infirmière », "a
// nurse"), in a sentence that announces something (a generic marker: a
// talk, a workshop, « ouvert à tous »). Someone's own helper (« avec son
// éducateur », « suivi par un de nos bénévoles ») is not a speaker: the
// fact is the helped person's.
func (a *analysis) agentAnchor(an anchor, sp span) bool {
	toks := a.s.Toks
	if an.kind != anchorPerson || an.k < sp.j+1 || !agentLinks[toks[an.k-1].Norm] || !isArticle(toks[an.k].Norm) || !a.sentenceGeneric() {
		return false
	}
	return !(an.k+2 < len(toks) && (toks[an.k+1].Norm == "de" || toks[an.k+1].Norm == "of") && ownerWords[toks[an.k+2].Norm]) // « un de nos bénévoles »
}
