package classify

import (
	"tamis/i18n"
	"tamis/library/classify/lexicon"
)

// The association's dealings hidden from the other side (issue 7,
// section 4), told without « confidentiel » or « secret »: a party it
// deals with is kept in a belief the sentence holds untrue (« le bailleur
// pense qu'on ne stocke rien à la cave, on y met tout le matériel »,
// "the funder thinks the project has two staff; one left in April"), or
// an act of the association is timed or shaped so that a party does not
// learn of it or react (« avant que la fondation ne voie nos comptes, on
// passe la réserve en projets à venir », « on ne mentionne pas l'aide du
// Département, sinon ils baissent la leur », "so the council doesn't cut
// our grant", "don't let the trust know"). Who plans, what, hidden from
// whom: category 4, blocked. Advice to the reader, a question about a
// procedure, a published text and a general rule name no such dealing.

var (
	dealParties    = lexicon.Words(lexicon.Data, "deal_parties")       // la mairie, le bailleur, the funder
	beliefVerbs    = lexicon.Words(lexicon.Data, "false_belief_verbs") // croit, pense, thinks
	foundOutVerbs  = lexicon.Words(lexicon.Data, "found_out_verbs")    // apprenne, voie, finds out, cut
	hidingPurposes = lexicon.Words(lexicon.Data, "hiding_purposes")    // avant, sinon, so, until
)

// partyReach is how far a party stands from the word that needs it: its
// determiner and adjectives (« le conseil départemental croit »).
const partyReach = 4

// findUnawareParty reports a dealing hidden from the other side.
func (a *analysis) findUnawareParty() {
	if !a.has(cBeliefVerb) && !a.has(cHidingPurpose) {
		return // the classes first (set_classes.go): most sentences believe and hide nothing
	}
	reason := ""
	switch {
	case a.falseBelief():
		reason = i18n.T("ce qu'un partenaire ou un financeur croit à tort : stratégie confidentielle de l'association",
			"what a partner or a funder wrongly believes: the association's confidential strategy")
	case a.hiddenFromParty():
		reason = i18n.T("action cachée à un partenaire ou un financeur : stratégie confidentielle de l'association",
			"an act hidden from a partner or a funder: the association's confidential strategy")
	default:
		return
	}
	if a.has(cReaderWords) || a.addressesPublic() || a.startsGeneric() || a.howToQuestion() || a.asksHow() || a.isPublished() {
		return
	}
	a.addAs(ruleConfidential, Blocked, 0, len(a.s.Toks), reason)
}

// falseBelief: a party, a belief verb right after it and « que »,
// "that" or "we" (« la mairie croit qu'on a déménagé »), a belief about
// the association (« on », « nous », "we", one of its matters), and a
// clause after the belief that sets it right (« …, il est toujours dans
// le gymnase »).
func (a *analysis) falseBelief() bool {
	toks := a.s.Toks
	for i := 1; i+2 < len(toks); i++ {
		if !toks[i].Is(cBeliefVerb) || !a.partyBefore(i) {
			continue
		}
		switch toks[i+1].Norm {
		case "que", "qu", "that", "we", "our", "the":
		default:
			continue
		}
		end := i + 1
		for end < len(toks) && !isClauseSep(toks[end].Sep) {
			end++
		}
		if end+2 <= len(toks) && a.aboutUs(i+1, end) {
			return true
		}
	}
	return false
}

// partyBefore: a party of deal_parties.txt stands within partyReach
// tokens before token i, in its clause.
func (a *analysis) partyBefore(i int) bool {
	toks := a.s.Toks
	for k := i - 1; k >= max(0, i-partyReach); k-- {
		if toks[k].Is(cDealParty) {
			return true
		}
		if isClauseSep(toks[k].Sep) {
			return false
		}
	}
	return false
}

// aboutUs: the tokens [i, j) speak of the association: « on »,
// « nous », "we", "our", or one of its matters (cueOurMatter).
func (a *analysis) aboutUs(i, j int) bool {
	toks := a.s.Toks
	for k := i; k < j; k++ {
		switch toks[k].Norm {
		case "on", "nous", "notre", "nos", "we", "our", "us":
			return true
		}
	}
	return a.cueWithin(cueOurMatter, i, j)
}

// hiddenFromParty: a word of hiding_purposes.txt, then within its clause
// a party (or « ils », "they") and a verb of finding out or reacting
// (« avant que la fondation ne voie », « sinon ils baissent », "so the
// council doesn't cut", "don't let the trust know"), in a sentence where
// the association acts (« on », « nous », "we", or one of its matters).
// « pour que », "so" and "let" need a negation: « pour que la mairie
// voie nos progrès » hides nothing.
func (a *analysis) hiddenFromParty() bool {
	toks := a.s.Toks
	for i, t := range toks {
		if !t.Is(cHidingPurpose) {
			continue
		}
		negated := false
		if t.Norm == "let" {
			negated = i > 0 && isNegation(toks[i-1])
		}
		party := false
		for k := i + 1; k < min(len(toks), i+9) && !isClauseSep(toks[k].Sep); k++ {
			n := toks[k].Norm
			party = party || toks[k].Is(cDealParty) || n == "ils" || n == "elles" || n == "they" || n == "il" || n == "elle"
			negated = negated || isNegation(toks[k])
			if !toks[k].Is(cFoundOut) || !party {
				continue
			}
			if needsNegation(t.Norm) && !negated {
				break
			}
			return a.aboutUs(0, len(toks))
		}
	}
	return false
}

// needsNegation: after « pour », "so" or "let", a verb of finding out
// hides something only when negated (« pour que la mairie ne voie pas »).
func needsNegation(w string) bool {
	return w == "pour" || w == "so" || w == "let"
}
