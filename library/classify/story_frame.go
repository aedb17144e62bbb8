package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sentence that says it tells a story — a work that tells (« le roman
// raconte la fuite de Jeanne Berthier », "the novel follows Daisy
// Turner"), the place of what is told (« dans ce conte, … », "in chapter
// two"), a character noun (« l'héroïne, Clémence Aubry », "the main
// character, Ellie Brooks") — tells of characters (issue 7, section 4):
// their names, ailments and crimes are the story's, as inside a quoted
// work (fiction_frame.go). The frame is read from the sentence, not from
// a title: writers name their works in a hundred ways.
//
// A real person stays one: contact details, the cast and the news
// (fictionGuard), a word that ties a name to the association or to the
// writer (story_ties.txt: « notre », « bénévole », « mon », « sa propre
// vie »), and whoever stands after « par », "by" (an author, a reader, an
// actor). A figurative hero (« le héros de la soirée ») is no character.

var (
	storyWorks      = lexicon.Words(lexicon.Data, "story_works")
	storyCharacters = lexicon.Words(lexicon.Data, "story_characters")
	storyVerbs      = lexicon.Words(lexicon.Data, "story_verbs")
	storyTies       = lexicon.Words(lexicon.Data, "story_ties")
	testimonyVerbs  = lexicon.Words(lexicon.Data, "testimony_verbs")
	// storyPlaces are works that are also a room, an incident or a
	// register: inside one only with a comma after it.
	storyPlaces = lexicon.WordSet{"piece": true, "episode": true, "play": true, "story": true, "stories": true,
		"film": true, "serie": true, "series": true, "spectacle": true, "chanson": true, "song": true}
	storyDets = lexicon.WordSet{"le": true, "la": true, "l": true, "les": true, "ce": true, "cette": true,
		"ces": true, "the": true, "this": true}
	chapterWords = lexicon.WordSet{"chapitre": true, "chapter": true, "tome": true, "acte": true}
	storyBreaks  = lexicon.WordSet{"et": true, "and": true, "qui": true, "que": true, "qu": true, "who": true,
		"that": true, "puis": true, "then": true}
	byLinks = lexicon.WordSet{"par": true, "by": true}
)

// storySentence: the sentence tells a story and nothing in it ties a name
// to a real person.
func (a *analysis) storySentence() bool { return a.storyMemo() >= 0 }

// storyFrom returns the first token of what a story sentence tells: 0
// for a story frame, the token after the title for a titled work
// (title_frame.go); -1 when the sentence tells no story or a name in it
// is tied to a real person.
func (a *analysis) storyFrom() int {
	if len(a.sdirect) > 0 {
		return -1
	}
	from := 0
	if !a.has(cStoryCue) || !a.storyTold() {
		if from = a.titleTold(); from < 0 || !a.toldNow() {
			return -1
		}
	}
	toks := a.s.Toks
	for k, t := range toks {
		if castWords[t.Norm] || realWorks[t.Norm] || famousLists().news[t.Norm] {
			return -1
		}
		if storyTies[t.Norm] && !(ownDets[t.Norm] && k+1 < len(toks) && toks[k+1].IsAny(cWork, cStoryCue)) {
			return -1 // « notre bénévole », "my aunt"; not « notre spectacle »
		}
		if testimonyVerbs[t.Norm] && !a.workBefore(k) {
			return -1 // « dans ce film, Julie Bernard raconte sa maladie »: a testimony
		}
	}
	return from
}

// workBefore: a work noun stands in the few words before the verb at k,
// its subject (« le roman de Zola raconte »), or a character noun.
// A character noun may stand before the name it is apposed to (« le
// narrateur, Paul Ferrand, raconte »).
func (a *analysis) workBefore(k int) bool {
	toks := a.s.Toks
	named := false
	for m := k - 1; m >= max(0, k-5); m-- {
		switch {
		case storyCharacters[toks[m].Norm]:
			return true
		case storyWorks[toks[m].Norm]:
			return !named
		case storyBreaks[toks[m].Norm]:
			return false
		case toks[m].Has(text.Cap) && !a.inQuotes(m) && !(m > 0 && isParticle(toks[m-1].Norm)):
			named = true // a name between is the subject; not a title, not an author (« le roman de Zola raconte »)
		}
	}
	return false
}

// storyTold: a word of the sentence says it tells a story.
func (a *analysis) storyTold() bool {
	toks := a.s.Toks
	for k := range toks {
		n := toks[k].Norm
		switch {
		case storyWorks[n] && (a.workTells(k) || a.insideStory(k)):
			return true
		case storyCharacters[n] && a.characterNoun(k):
			return true
		case chapterWords[n] && a.numbered(k):
			return true // « au chapitre 3 », "in the second chapter"
		}
	}
	return false
}

// workTells: the work at k is the subject of a verb of telling a few
// words later (« le roman de Zola raconte », "the story is about"), with
// no new clause between.
func (a *analysis) workTells(k int) bool {
	toks := a.s.Toks
	for m := k + 1; m < min(len(toks), k+5); m++ {
		if storyBreaks[toks[m].Norm] || toks[m].Sep == '.' || toks[m].Sep == ';' {
			return false
		}
		if storyVerbs[toks[m].Norm] {
			return toks[m].Norm != "about" || m > k+1 && (toks[m-1].Norm == "is" || toks[m-1].Norm == "are")
		}
	}
	return false
}

// insideStory: « dans »/"in" and a determiner stand before the work at k
// (« dans ce conte », « dans le troisième épisode, »): what follows is
// told in it. A work that is also a room or an incident needs a comma.
func (a *analysis) insideStory(k int) bool {
	toks := a.s.Toks
	d := k - 1
	if d > 0 && !storyDets[toks[d].Norm] && a.ordinal(d) {
		d-- // « le troisième épisode »
	}
	if d < 1 || !storyDets[toks[d].Norm] || !frameLinks[toks[d-1].Norm] {
		return false
	}
	return !storyPlaces[toks[k].Norm] || k+1 < len(toks) && toks[k+1].Sep == ','
}

// characterNoun: the character noun at k follows a definite article
// (« l'héroïne », "the main character") and no complement of an occasion
// follows it (« le héros de la soirée », "hero of the week").
func (a *analysis) characterNoun(k int) bool {
	toks := a.s.Toks
	d := k - 1
	if d > 0 && !storyDets[toks[d].Norm] {
		d-- // "the main character"
	}
	if d < 0 || !storyDets[toks[d].Norm] {
		return false
	}
	if toks[k].Norm == "heroine" && d > 0 && (toks[d-1].Norm == "de" || toks[d-1].Norm == "a" || toks[d-1].Norm == "d") {
		return false // « de l'héroïne », « accro à l'héroïne »: the drug
	}
	m := k + 1
	if m < len(toks) && toks[m].Sep == 0 && !toks[m].Has(text.Cap) && !isParticle(toks[m].Norm) {
		m++ // « le personnage principal »
	}
	if m >= len(toks) || !isParticle(toks[m].Norm) && toks[m].Norm != "of" || toks[m].Sep != 0 {
		return true
	}
	for m++; m < len(toks) && (storyDets[toks[m].Norm] || ownDets[toks[m].Norm]); m++ {
	}
	return m < len(toks) && (toks[m].Has(text.Cap) || toks[m].IsAny(cWork, cStoryCue))
}

// numbered: a number or an ordinal stands beside the word at k
// (« chapitre 3 », « troisième acte », "chapter two").
func (a *analysis) numbered(k int) bool {
	toks := a.s.Toks
	if k+1 < len(toks) && (isDigits(toks[k+1].Norm) || toks[k+1].Is(cSpelledNumber)) {
		return true
	}
	return k > 0 && a.ordinal(k-1)
}

// ordinal: the word at k is an ordinal (« troisième », « 2e », "third").
func (a *analysis) ordinal(k int) bool {
	n := a.s.Toks[k].Norm
	switch n {
	case "premier", "premiere", "dernier", "derniere", "first", "second", "third", "last", "final":
		return true
	}
	return strings.HasSuffix(n, "ieme") || len(n) > 2 && n[0] >= '0' && n[0] <= '9' &&
		(strings.HasSuffix(n, "e") || strings.HasSuffix(n, "th") || strings.HasSuffix(n, "nd") || strings.HasSuffix(n, "rd"))
}

// markStory takes the capitalised words and civilities of a story
// sentence, except a name after « par », "by": the author, the reader,
// the actor.
func (a *analysis) markStory() {
	from := a.storyMemo()
	if from < 0 {
		return
	}
	toks := a.s.Toks
	for k := from; k < len(toks); k++ {
		if byLinks[toks[k].Norm] || k == from && from > 0 && (toks[k].Norm == "de" || toks[k].Norm == "d") {
			for k++; k < len(toks) && (toks[k].Has(text.Cap) || isParticle(toks[k].Norm)) && !a.consumed[k]; k++ {
			}
			continue
		}
		if toks[k].Has(text.Cap) || toks[k].Is(cCivility) {
			a.consumed[k] = true
		}
	}
}
