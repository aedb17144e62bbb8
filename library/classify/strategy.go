package classify

import "tamis/i18n"

// The association's own confidential matters are sensitive whoever they
// are about: a merger in preparation, non-public finances, a negotiation,
// a grant application not yet filed, HR and internal conflicts,
// litigation, anything marked confidential. Generic use ("formation sur le
// harcèlement", "permanence avocat gratuite") and published figures ("comme
// indiqué dans notre bilan en ligne") are not.

func (a *analysis) findStrategy() {
	published := a.isPublished()
	a.findGrantIntent()
	a.scratch = a.spansOf(dStrategy, a.scratch[:0])
	for _, sp := range a.scratch {
		t := strategyTerms[sp.val-1]
		if a.genericBefore(sp.i) || a.venueBefore(sp.i) || t.kind == "finance" && published {
			continue
		}
		reason := strategyReason(t.kind)
		switch {
		case t.flags&strong != 0:
			a.add(t.kind, Sensitive, Blocked, sp.i, sp.j, reason)
		case t.flags&weak != 0:
			if !a.sentenceGeneric() {
				a.add(t.kind, Sensitive, Doubt, sp.i, sp.j, reason+i18n.T(" ?", "?"))
			}
		default:
			if !a.sentenceGeneric() {
				a.add(t.kind, Sensitive, Blocked, sp.i, sp.j, reason)
			}
		}
	}
}

// findGrantIntent: a grant application being prepared ("on va solliciter
// la Fondation X", "on prépare le dossier pour la Région") is not yet
// filed: an intent word and a funding word in the same sentence.
func (a *analysis) findGrantIntent() {
	intent, funding := -1, -1
	for _, h := range a.hits {
		if h.dict == dGrantIntent && intent < 0 {
			intent = h.i
		}
		if h.dict == dFunding && funding < 0 {
			funding = h.i
		}
	}
	if intent >= 0 && funding >= 0 && !a.isPublished() {
		a.add("grant", Sensitive, Blocked, min(intent, funding), max(intent, funding)+1, strategyReason("grant"))
	}
}

// isPublished: the sentence says the fact is already public.
func (a *analysis) isPublished() bool {
	return a.hasDict(dPublished)
}

func strategyReason(kind string) string {
	switch kind {
	case "confidential":
		return i18n.T("information marquée confidentielle", "information marked confidential")
	case "merger":
		return i18n.T("projet stratégique confidentiel (fusion, rapprochement)", "confidential strategy (merger)")
	case "finance":
		return i18n.T("finances internes non publiées", "unpublished internal finances")
	case "negotiation":
		return i18n.T("négociation en cours", "ongoing negotiation")
	case "grant":
		return i18n.T("demande de subvention non déposée", "grant application not yet filed")
	case "hr":
		return i18n.T("ressources humaines ou conflit interne", "HR matter or internal conflict")
	case "litigation":
		return i18n.T("contentieux ou procédure en cours", "litigation")
	}
	return i18n.T("information stratégique de l'association", "strategic information of the association")
}
