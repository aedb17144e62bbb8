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
	storyPlaces  = lexicon.Words(lexicon.Data, "story_places")
	storyDets    = lexicon.Words(lexicon.Data, "story_dets")    // le, ce, the: before a work or a character
	chapterWords = lexicon.Words(lexicon.Data, "chapter_words") // chapitre, chapter
	storyBreaks  = lexicon.Words(lexicon.Data, "story_breaks")  // et, qui, that: a new clause
	byLinks      = prepositionUses.of("by")
	// pluralDets stand before the characters of a work in the plural (data/words/plural_dets.txt).
	pluralDets = lexicon.Words(lexicon.Data, "plural_dets")
)

// storySentence: the sentence tells a story and nothing in it ties a name
// to a real person.
func (a *analysis) storySentence() bool { return a.storyFrom() >= 0 }

// storyFrom returns the first token of what a story sentence tells: 0
// for a story frame, the title of a titled work (title_frame.go); -1 when the sentence tells no story or a name in it
// is tied to a real person.
func (a *analysis) storyFrom() int {
	if a.memo&memoStoryDone == 0 {
		a.memo |= memoStoryDone
		a.storyAt = a.readStory()
	}
	return a.storyAt
}

// What a sentence leaves to the next one of the value (analysis.storyNext).
const (
	storySummary uint8 = 1 << iota // it ends on the title of a work: the next may sum it up
	storyList                      // it tells a story: a bare list of names after it is its characters
)

// readStory is storyFrom, read from the sentence; it also sets what the
// sentence leaves to the next one.
func (a *analysis) readStory() int {
	carried := a.storyNext
	a.storyNext = 0
	if len(a.sdirect) > 0 || carried == 0 && !a.has(cStoryCue) && !a.hasQuote() && !a.singleQuoted() {
		return -1 // no work, no tale, no title, nothing carried: most sentences stop here
	}
	from := -1
	switch {
	case a.has(cStoryCue) && a.storyTold():
		from = 0
	case carried&storySummary != 0 && a.toldNow() && !a.lonePersonFact(0) && !a.bareNameList():
		from = 0 // « … : « Pinocchio ». Gepetto, malade, envoie Pinocchio à l'école »
	case carried&storyList != 0 && a.bareNameList():
		from = 0 // « … dans « Le Crabe aux pinces d'or » ? (Haddock, Tournesol, Milou) »
	default:
		if from = a.titleTold(); from < 0 {
			from = a.legendOf()
		}
		if from >= 0 && (!a.toldNow() || a.lonePersonFact(from)) {
			from = -1
		}
	}
	if a.endsOnTitle() && a.toldNow() && !a.tiedOrCast() {
		a.storyNext |= storySummary // « Ce soir, projection de « La Haine ». »: its time is no one's news
	}
	if from < 0 && !a.fictionSentence() || a.realPersonTold() {
		return -1
	}
	a.storyNext |= storyList
	return from
}

// showWords name a show (data/words/show_words.txt).
var showWords = lexicon.Words(lexicon.Data, "show_words")

// endsOnTitle: the sentence names a work and ends on a quoted title
// (« Ce soir, projection de « La Haine ». »).
func (a *analysis) endsOnTitle() bool {
	double := a.hasQuote()
	if !double && !a.singleQuoted() || !a.quotedAtEnd(double) {
		return false
	}
	// the word classes last (set_classes.go): most quotes end no sentence
	return a.has(cTitleWork) || a.has(cShowWords) // a show counts here: the next sentence must still set characters together
}

// quotedAtEnd: the sentence ends on a capitalised title in double
// quotes (double) or in single ones.
func (a *analysis) quotedAtEnd(double bool) bool {
	toks := a.s.Toks
	opens := 0 // the marks of double quotes open and close in turn
	last := -1
	for k := range toks {
		if toks[k].Has(text.Quoted) {
			opens++
			if opens%2 == 1 {
				last = k
			}
		}
	}
	if double {
		return opens%2 == 1 && toks[last].Has(text.Cap) && len(toks)-last <= 8
	}
	for k := len(toks) - 1; k >= max(0, len(toks)-8); k-- {
		if e := a.titleEnd(k); e > k {
			return e == len(toks) && toks[k].Has(text.Cap)
		}
	}
	return false
}

// bareNameList: the sentence is only capitalised names joined by commas
// and « et », "and" (« (Haddock, Tournesol, Milou) »).
func (a *analysis) bareNameList() bool {
	toks := a.s.Toks
	names := 0
	for k, t := range toks {
		switch {
		case t.Norm == "et" || t.Norm == "and" || t.Norm == "ou" || t.Norm == "or":
		case t.Has(text.Cap) && !t.Is(cCivility):
			if k == 0 || t.Sep != 0 || !toks[k-1].Has(text.Cap) {
				names++
			}
		default:
			return false
		}
	}
	return names >= 2
}

// realPersonTold: a word of the sentence says a name is a real person's:
// the cast, news, a real work (castWords, realWorks, famous_news.txt), a
// true story (« l'histoire vraie », "based on"), an age, a tie to the
// association or the writer, a need of the outing (story_ties.txt), a
// verb of testimony whose subject is a name.
func (a *analysis) realPersonTold() bool {
	return a.anyWordIn(famousLists().news) || a.tiedOrCastBefore(a.storyStart()) || a.comparedToWork()
}

// comparedToWork: a word of comparison stands right before the work or
// before « dans », "in" and the work (« Comme dans « Chanson douce » :
// la nounou des Girard a été licenciée »): a real case likened to the
// story, not the story told.
func (a *analysis) comparedToWork() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !comparisonWords[toks[k].Norm] {
			continue
		}
		n := k + 1
		if inLinks[toks[n].Norm] && n+1 < len(toks) {
			n++
		}
		if toks[n].Has(text.Quoted) || toks[n].Sep == '"' {
			return true
		}
	}
	return false
}

var (
	comparisonWords = lexicon.Words(lexicon.Data, "comparison_words")
	inLinks         = lexicon.Words(lexicon.Data, "in_links") // dans, in: before a quoted work
)

// tiedOrCast is realPersonTold but news.
func (a *analysis) tiedOrCast() bool {
	return a.tiedOrCastBefore(len(a.s.Toks))
}

// storyStart is the first name after a quoted title that opens the
// sentence (« Dans « Bel-Ami », Georges Duroy… »): from there on, the
// sentence tells the story, and a newspaper or a letter in it (« pour
// monter dans la presse », "writes a letter") is the story's, not the
// work that tells of real people. Without such an opening, or with a
// fact of a special category, the whole sentence is the frame.
func (a *analysis) storyStart() int {
	toks := a.s.Toks
	if len(toks) < 3 || !toks[0].Is(cFrameLinks) || !toks[1].Has(text.Quoted) || a.specialFact() {
		return len(toks) // a special fact keeps every real work's word: « Dans « Le Lien », Julie écrit une lettre sur son cancer »
	}
	closed := false
	for m := 2; m < len(toks); m++ {
		closed = closed || toks[m].Has(text.Quoted)
		if closed && toks[m].Has(text.Cap) {
			return m
		}
	}
	return len(toks)
}

// tiedOrCastBefore is tiedOrCast, where a real work counts only before
// the token at story.
func (a *analysis) tiedOrCastBefore(story int) bool {
	toks := a.s.Toks
	for k, t := range toks {
		if castWords[t.Norm] || realWorks[t.Norm] && k < story {
			return true
		}
		if realCaseWords[t.Norm] && !negatedAt(toks, k) || titleAges[t.Norm] && k > 0 && isDigits(toks[k-1].Norm) {
			return true // « l'histoire vraie de », "based on", « Karim Haddad, 17 ans »
		}
		if storyTies[t.Norm] && !(ownDets[t.Norm] && k+1 < len(toks) && toks[k+1].IsAny(cWork, cStoryCue)) {
			return true // « notre bénévole », "my aunt"; not « notre spectacle »
		}
		if testimonyVerbs[t.Norm] && !a.workBefore(k) {
			return true // « dans ce film, Julie Bernard raconte sa maladie »: a testimony
		}
	}
	return false
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
	if toks[k].Sep == '(' && k > 0 && toks[k-1].Has(text.Cap) {
		return true // « Jordan (personnage) avoue… »
	}
	d := k - 1
	if d > 0 && !storyDets[toks[d].Norm] && !pluralDets[toks[d].Norm] {
		d-- // "the main character"
	}
	if d < 0 || !storyDets[toks[d].Norm] && !(pluralDets[toks[d].Norm] && strings.HasSuffix(toks[k].Norm, "s")) {
		return false
	}
	if toks[k].Norm == "heroine" && d > 0 && (toks[d-1].Norm == "de" || toks[d-1].Norm == "a" || toks[d-1].Norm == "d") {
		return false // « de l'héroïne », « accro à l'héroïne »: the drug
	}
	m := k + 1
	if m < len(toks) && toks[m].Sep == 0 && !toks[m].Has(text.Cap) && !isParticle(toks[m].Norm) {
		m++ // « le personnage principal »
	}
	if m+1 < len(toks) && toks[m].Norm == "c" && toks[m+1].Norm == "est" {
		return false // « le héros, c'est Julien »: who is called the hero
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
	from := a.storyFrom()
	if from < 0 {
		return
	}
	toks := a.s.Toks
	k := from
	if a.titleEnd(from) > from { // a titled work (title_frame.go): its title, not its author
		e := a.titleEnd(from)
		a.takeCaps(from, e)
		k = a.authorAfter(e)
	}
	for ; k < len(toks); k++ {
		if byLinks[toks[k].Norm] {
			k = max(k, a.authorAfter(k)-1) // « lu par la conteuse Anne Le Goff »: a person
			continue
		}
		a.takeCaps(k, k+1)
	}
}

// takeCaps takes the capitalised words and civilities of [i, j).
func (a *analysis) takeCaps(i, j int) {
	for k := i; k < j; k++ {
		if a.s.Toks[k].Has(text.Cap) || a.s.Toks[k].Is(cCivility) {
			a.consumed[k] = true
		}
	}
}

// legendHeads are tales named after their hero (data/words/legend_heads.txt).
var legendHeads = lexicon.Words(lexicon.Data, "legend_heads")

// legendOf returns the tale word of « la légende de Jean Sans-Peur »,
// "the legend of Jack Lantern", « la légende de la fée Morgane »: what
// follows it is the tale; whoever stands before it (who tells it) is
// not taken. -1 when none.
func (a *analysis) legendOf() int {
	toks := a.s.Toks
	for k := 1; k+2 < len(toks); k++ {
		if !toks[k].Is(cLegendHeads) || !storyDets[toks[k-1].Norm] { // the class first, tagged once (set_classes.go)
			continue
		}
		m := k + 1
		if !authorLinks[toks[m].Norm] || toks[m].Norm == "par" || toks[m].Norm == "by" {
			continue
		}
		for m++; m < min(len(toks), k+5) && !toks[m].Has(text.Cap); m++ {
			if toks[m].Sep != 0 {
				break
			}
		}
		if m < len(toks) && toks[m].Has(text.Cap) && toks[m].Sep == 0 && !a.tiedNear(m, storyTies) {
			return k
		}
	}
	return -1
}
