package classify

import "tamis/i18n"

// The association's support for an elected person traded for a favour
// (« le maire nous laisse la salle si on l'aide pour sa campagne », "the
// councillor says we keep the hall if we back his re-election"): a
// political bargain the association would never publish, category 4. A
// call to the public to vote (« votez pour lui ») speaks to its reader
// and passes.

func (a *analysis) findPoliticalDeal(cs cueSet) {
	if !cs.has(cuePoliticalSupport) || !cs.has(cueCondition) && !cs.has(cueDeal) {
		return
	}
	if !a.weSpeak() || a.addressesPublic() || a.isPublished() || a.asksHow() {
		return // the association's own support (« si on », "if we"), not a candidate's programme
	}
	a.addAs(ruleNegotiation, Blocked, 0, len(a.s.Toks),
		i18n.T("soutien politique échangé contre une faveur", "political support traded for a favour"))
}

// weSpeak: the association speaks of itself (« on », « nous », "we", "us").
func (a *analysis) weSpeak() bool {
	for _, t := range a.s.Toks {
		if weSubjects[t.Norm] || t.Norm == "us" {
			return true
		}
	}
	return false
}
