package classify

import "tamis/library/classify/text"

// The one who leads a workshop or a talk is its host, not the subject of
// its themes: in « Atelier « Connaître ses droits au travail » animé par
// une juriste bénévole : contrat, licenciement, prud'hommes », the
// dismissal is a theme of the workshop, not the lawyer's dismissal. A
// matter told after the host, with no colon between them, is the host's
// again (« animé par une bénévole licenciée l'an dernier »), and themes
// after the colon are bare words: a possessive, « notre », a role, a
// capital or a number there tell a case (« : son licenciement le 12
// mars », « : plainte contre le maire »).

// onlyHosts: every person of the sentence is the host of its event
// (« animé par une juriste », "led by a nurse"), and the matter at [i, j)
// stands before the host or after a colon that follows the host.
func (a *analysis) onlyHosts(i, j int) bool {
	if len(a.names) > 0 || len(a.anchors) == 0 {
		return false
	}
	for _, an := range a.anchors {
		if !a.hostAt(an.k) || i > an.k && (!a.colonBetween(an.k, i) || !a.bareThemesFrom(an.k)) || i <= an.k && an.k < j {
			return false
		}
	}
	return true
}

// bareThemesFrom: the words after the first colon past k name themes
// only: no possessive or word of ours, no role or person, no capital,
// no digit, no « contre », "against" (a complaint against someone).
func (a *analysis) bareThemesFrom(k int) bool {
	toks := a.s.Toks
	n := k + 1
	for n < len(toks) && toks[n].Sep != ':' {
		n++
	}
	for ; n < len(toks); n++ {
		t := &toks[n]
		if ownerWords[t.Norm] || t.Norm == "contre" || t.Norm == "against" || t.IsAny(cRole, cPerson, cKin, cPublicRoleStart) || t.Has(text.Digit) || t.Has(text.Cap) && toks[n].Sep != ':' {
			return false
		}
	}
	return true
}

// hostAt: the person at k follows a host participle and « par », "by",
// with at most its determiner between (« animé par une juriste »,
// "hosted by the nurse").
func (a *analysis) hostAt(k int) bool {
	toks := a.s.Toks
	for by := k - 1; by >= max(1, k-3); by-- {
		if w := toks[by].Norm; w == "par" || w == "by" {
			return hostParticiples[toks[by-1].Norm]
		}
		if isClauseSep(toks[by+1].Sep) {
			return false
		}
	}
	return false
}
