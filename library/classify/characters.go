package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A theatre programme or a reading sheet lists the characters of a work
// after a label (« Personnage : Mme Bertrand, veuve acariâtre »,
// « Personnages de la pièce : le docteur Knock », "Characters: Mrs
// Hudson"): the names after it are roles, not persons, up to the words
// that name the actor (« jouée par Mme Durand », "played by"), who is one.
// The famous guards keep a person: contact details, a relation to the
// association, news.

var (
	characterLabels     = lexicon.Words(lexicon.Data, "character_labels")
	characterActorLinks = lexicon.Words(lexicon.Data, "character_actor_links")
)

// labelFillers stand between a label of characters and its colon (data/words/label_fillers.txt).
var labelFillers = lexicon.Words(lexicon.Data, "label_fillers")

// labelledCharacters: the sentence lists characters after a label, with
// no contact details and nothing after the colon that ties a name to
// someone or tells news.
func (a *analysis) labelledCharacters() bool {
	colon := a.charactersColon()
	return colon >= 0 && len(a.sdirect) == 0 && !a.guardAfter(colon)
}

// labelWindow is how far into the sentence the colon of a label may stand
// (« Programme du spectacle — Personnages de la pièce : »).
const labelWindow = 10

// markCharacters takes the capitalised words after a label of characters.
func (a *analysis) markCharacters() {
	colon := a.charactersColon()
	if colon < 0 || len(a.sdirect) > 0 || a.guardAfter(colon) {
		return
	}
	toks := a.s.Toks
	for k := colon; k < len(toks) && !characterActorLinks[toks[k].Norm]; k++ {
		if k > colon && (toks[k].Sep == '(' || toks[k].Sep == '-' && toks[k].Spaced) {
			return // « Mme Bertrand (Jeanne Dupuis) », « Mme Bertrand — Jeanne Dupuis »: the actor
		}
		if toks[k].Has(text.Cap) || toks[k].Is(cCivility) {
			a.consumed[k] = true
		}
	}
}

// roleVerbs say that an actor plays a part (« les enfants joueront
// Cosette »), data/words/role_verbs.txt; partNouns name the part before
// « pour », "for" ("actors for Scrooge"), data/words/part_nouns.txt.
var (
	roleVerbs = lexicon.Words(lexicon.Data, "role_verbs")
	partNouns = lexicon.Words(lexicon.Data, "part_nouns")
)

// partOpens: the token at v opens the name of a part: a verb of playing
// one, or « pour », "for" after a noun of actors.
func (a *analysis) partOpens(v int) bool {
	toks := a.s.Toks
	if roleVerbs[toks[v].Norm] {
		return true
	}
	switch toks[v].Norm {
	case "pour", "for":
		return v > 0 && partNouns[toks[v-1].Norm]
	}
	return false
}

// markRolesPlayed takes, in a sentence that speaks of a show or a work,
// the capitalised names right after a verb of playing a part and those
// coordinated with them (« les enfants joueront Cosette, Gavroche et
// Jean Valjean », "we need actors for Scrooge, Bob Cratchit and Tiny
// Tim"): parts, not persons. The actor before the verb stays a person;
// contact details or a word of news keep every name.
func (a *analysis) markRolesPlayed() {
	if !a.hasWorkWord() || len(a.sdirect) > 0 {
		return
	}
	toks := a.s.Toks
	for v := 0; v+1 < len(toks); v++ {
		if !a.partOpens(v) || !toks[v+1].Has(text.Cap) || isClauseSep(toks[v+1].Sep) || a.guardAfter(v+1) {
			continue
		}
		for k := v + 1; k < len(toks); k++ {
			t := &toks[k]
			switch {
			case t.Has(text.Cap) && (k == v+1 || !isClauseSep(t.Sep) || t.Sep == ','):
				a.consumed[k] = true
			case t.Norm == "et" || t.Norm == "and" || isParticle(t.Norm):
			default:
				k = len(toks)
			}
		}
	}
}

// charactersColon returns the token after the colon of a label of
// characters, or -1. Only words of a work may stand between the label and
// the colon (« Personnages de la pièce : »), not « Personnage difficile : ».
func (a *analysis) charactersColon() int {
	if a.lacks(characterGuard) {
		return -1 // a label is needed (guards.go)
	}
	toks := a.s.Toks
	for c := 1; c < min(len(toks), labelWindow); c++ {
		if toks[c].Sep != ':' {
			continue
		}
		work := toks[c-1].Is(cWork) || storyWorks[toks[c-1].Norm] // "for our nativity play:"
		for k := c - 1; k >= max(0, c-6); k-- {
			if characterLabels[toks[k].Norm] {
				return c
			}
			filler := labelFillers[toks[k].Norm] || work && (ownDets[toks[k].Norm] || !toks[k].Has(text.Cap))
			if !isParticle(toks[k].Norm) && !toks[k].Is(cWork) && !storyWorks[toks[k].Norm] && !filler {
				return -1
			}
		}
		return -1
	}
	return -1
}

// guardAfter: a word after the colon ties a name to the association or to
// someone (« notre bénévole », « la maman de ») or tells news. « notre
// comédie », "our play" is the association's work, not its people.
func (a *analysis) guardAfter(colon int) bool {
	fl := famousLists()
	toks := a.s.Toks
	for k := colon; k < len(toks); k++ {
		if toks[k].Is(cKin) && !(k+2 < len(toks) && isParticle(toks[k+1].Norm) && toks[k+2].Has(text.Cap)) {
			continue // « la mère malade », « son beau-frère »: a character's kin; not « la maman de Lucas »
		}
		if fl.news[toks[k].Norm] || fl.relations[toks[k].Norm] && !(k+1 < len(toks) && toks[k+1].Is(cWork)) {
			return true
		}
	}
	return false
}

// dropCharacterRoles removes the doubts about a person designated by a
// description (« la dame en noir », "the landlady") that a label of
// characters explains: they describe roles. Blocked findings stay.
func (a *analysis) dropCharacterRoles() {
	k := a.sentenceFindings()
	if k == len(a.findings) {
		return
	}
	colon := a.charactersColon()
	if colon < 0 || len(a.sdirect) > 0 || a.guardAfter(colon) {
		return
	}
	from := a.s.Toks[colon].From()
	a.dropFindingsFrom(k, func(f Finding) bool {
		switch f.Rule {
		case ruleSingleRole.String(), ruleSpecificPerson.String(), ruleIndirect.String():
			return f.Verdict == Doubt && f.Start >= from
		}
		return false
	})
}
