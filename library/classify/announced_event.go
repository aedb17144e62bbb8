package classify

import (
	"slices"

	"tamis/library/classify/lexicon"
)

// An event announced to the public (issue 7, section 4, public text
// flagged as doubt): « Les seniors diabétiques sont invités à la marche
// du 9 mai », « Repas partagé pour les personnes isolées, ouvert à tous,
// dimanche 12 janvier », "join our sponsored swim for women's mental
// health, Saturday 8 March". A special-category word beside a plural public is read as a
// statistic about the association's public (special.go); in a sentence
// that invites everyone to a dated event it names whom the event is for,
// and counts no one: its doubt goes. A figure, a share or a count of the
// public (« 30 % de nos bénéficiaires », « plusieurs familles »), or the
// association's own public (« nos résidents »), keeps it.

// openInvitation are the words that open an event to all, besides those
// that address the reader (cAddressing).
var openInvitation = lexicon.Words(lexicon.Data, "open_invitation")

// dropAnnouncedEventDoubts removes the statistic doubts of a sentence
// that invites the public to a dated event and counts nobody.
func (a *analysis) dropAnnouncedEventDoubts() {
	k := a.sentenceFindings()
	if !slices.ContainsFunc(a.findings[k:], aggregateDoubt) || !a.invitesToDatedEvent() || a.countsPublic() {
		return // a doubt to drop first: the tests below read every word
	}
	a.dropFindingsFrom(k, aggregateDoubt)
}

// aggregateDoubt: a statistic doubt, which dropAnnouncedEventDoubts drops.
func aggregateDoubt(f Finding) bool {
	return f.Verdict == Doubt && f.Rule == ruleAggregate.String()
}

// invitesToDatedEvent: a word that opens the event to all, or one that
// speaks to the reader — a pronoun (« vous », "your") anywhere, a verb
// (« venez », "join") opening a clause, where it is an imperative and
// not a statement ("older members come on Tuesdays") — and a date (a
// number, a day or a month).
func (a *analysis) invitesToDatedEvent() bool {
	invites, dated := false, a.digits
	for k := range a.s.Toks {
		t := &a.s.Toks[k] // not a copy of its 64 bytes
		invites = invites || t.Is(cOpenInvitation) || t.Is(cAddressing) && (t.Is(cReaderWords) || k == 0 || opensClause(*t))
		dated = dated || t.Is(cDayWords)
		if invites && dated {
			return true // the rest of the sentence changes nothing
		}
	}
	return false
}

// countsPublic: the sentence gives a figure, a share or a count of a
// public, or speaks of the association's own public.
func (a *analysis) countsPublic() bool {
	return a.aggregated() || a.hasPercent() || a.hasRatio() || a.countedPublic() || a.quantifiedPublic() || a.ownPopulation()
}
