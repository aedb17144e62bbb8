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

// labelFillers may stand between a label of characters and its colon
// ("Character list for our nativity play:").
var labelFillers = lexicon.WordSet{"list": true, "liste": true, "for": true, "pour": true, "the": true}

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
