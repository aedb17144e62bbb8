package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A heritage walk or a history talk names whom it is about: the person
// whose footsteps a walk follows (« Balade patrimoine : sur les pas de
// Jeanne Barret », « sur les traces du naturaliste Jean-Henri Fabre »,
// "our walking tour follows the footsteps of Dylan Thomas"), or whose
// life a museum or an exhibition tells (« au musée, la vie de Marie
// Marvingt », « pour les 80 ans de la Libération, le parcours de Berty
// Albrecht »). Such a person is history's or public life's: no volunteer
// follows a member's footsteps. The life of someone counts only in a
// sentence of history (history_topic_words.txt), since a reminiscence
// workshop tells a resident's life too.
//
// It is a name's own frame of the public role (public_role.go
// nameInOwnFrame): the sentence finds nothing else and ties no one. Its
// own guards: a full name with no civility, no relation (a possessive
// only beside the name) nor news, no
// special-category fact, no clause told of the person after the name
// (« …, qui sort de prison »), no age.

var (
	historyTopicHeads = lexicon.Words(lexicon.Data, "history_topic_heads") // pas, traces, vie, footsteps, life
	historyTopicWords = lexicon.Words(lexicon.Data, "history_topic_words") // musée, patrimoine, heritage
	// footstepHeads are the heads that need no word of history.
	footstepHeads = lexicon.WordSet{"pas": true, "traces": true, "footsteps": true}
	// topicLinks join a head to its person (« la vie de », « sur les pas
	// du », « consacrée à », "dedicated to").
	topicLinks = lexicon.WordSet{"de": true, "d": true, "du": true, "of": true, "a": true, "to": true}
)

// historyTopic: the full name at [i, j) is whom a heritage walk follows
// or whose life a history sentence tells.
func (a *analysis) historyTopic(i, j int) bool {
	toks := a.s.Toks
	if j-i < 2 || toks[i].Is(cCivility) || len(a.sdirect) > 0 {
		return false
	}
	h := a.topicHeadBefore(i)
	if h < 0 || !footstepHeads[toks[h].Norm] && !a.anyWordIn(historyTopicWords) {
		return false
	}
	if footstepHeads[toks[h].Norm] && (h == 0 || toks[h-1].Norm != "les" && toks[h-1].Norm != "the") {
		return false // « sur les pas de », not « pas de Paul Roux ce soir »
	}
	return !a.tiedFar() && !a.tellsNews() && !a.specialFact() && !a.toldAfterRole(j) && !a.agedAfter(j)
}

// tiedFar: a relation word that is no possessive stands in the sentence
// (« bénévole », « sa fille »); a possessive (« notre balade », "our
// walking tour") ties only what stands beside it, which the public role
// reads (public_role.go tiedBeside).
func (a *analysis) tiedFar() bool {
	rel := famousLists().relations
	for k := range a.s.Toks {
		if n := a.s.Toks[k].Norm; rel[n] && !possessives[n] {
			return true
		}
	}
	return false
}

// topicHeadBefore returns the head of « la vie de X », « sur les pas du
// naturaliste X », « consacrée à X », "the footsteps of X" before the
// name at i: a link, at
// most one lower-case word (a trade: « du naturaliste »), then the head;
// -1 when none.
func (a *analysis) topicHeadBefore(i int) int {
	toks := a.s.Toks
	k := i - 1
	if k >= 1 && !toks[k].Has(text.Cap) && !topicLinks[toks[k].Norm] && toks[k].Sep == 0 && topicLinks[toks[k-1].Norm] {
		k-- // « du naturaliste »
	}
	if k < 1 || !topicLinks[toks[k].Norm] || !historyTopicHeads[toks[k-1].Norm] {
		return -1
	}
	return k - 1
}

// agedAfter: an age follows the name (« X, 95 ans »): someone alive.
func (a *analysis) agedAfter(j int) bool {
	toks := a.s.Toks
	return j+1 < len(toks) && toks[j].Has(text.Digit) && isAgeUnit(toks[j+1].Norm)
}
