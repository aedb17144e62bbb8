package classify

import (
	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A sentence that places what it tells inside a work — « dans « Madame
// Bovary », Emma s'ennuie », "in « Les Intouchables », Driss…", « dans le
// roman », "in the novel" — tells of characters, not of persons (issue 7,
// section 4), as a label of characters does (characters.go): their
// names, their crimes and their illnesses are the story's. Who plays
// them is a person: a sentence that speaks of the cast (« joue »,
// "played by", « mise en scène ») keeps every name, and so do contact
// details, news and « notre », "our" beside a name (invented_case.go).

var (
	frameLinks = prepositionUses.of("frame")
	frameWorks = lexicon.Words(lexicon.Data, "fiction_works") // roman, conte, tale: works without a title
	frameDets  = lexicon.Words(lexicon.Data, "frame_dets")    // le, ce, this: before a work without a title
	castWords  = lexicon.Words(lexicon.Data, "cast_words")    // joue, played, mise en scène
	// realWorks tell of real people: a newspaper, a documentary, a
	// testimony (data/words/real_works.txt).
	realWorks = lexicon.Words(lexicon.Data, "real_works")
	// readingParticiples read or tell a work to an audience (« lu par »).
	readingParticiples = lexicon.Words(lexicon.Data, "reading_participles")
)

// workFrame: the sentence says it is inside a work: « dans » or "in"
// before a quoted title or before « le roman », "the novel".
func (a *analysis) workFrame() bool {
	toks := a.s.Toks
	for k := 0; k+1 < len(toks); k++ {
		if !toks[k].Is(cFrameLinks) {
			continue // the length first (word_lengths.go)
		}
		n := toks[k+1]
		if n.Has(text.Cap) && (n.Has(text.Quoted) || a.singleQuotedTitleAt(k+1)) { // fiction_frame_quotes.go
			return true // « dans « Madame Bovary » », "in 'Of Mice and Men'"
		}
		if k+2 < len(toks) && frameDets[n.Norm] && frameWorks[toks[k+2].Norm] {
			return true // « dans le roman »
		}
		if k == 0 && a.unquotedTitle(1) && !a.specialFact() && !a.realLifeSaid() {
			// « Dans Les Misérables, Fantine… », not « Dans La Poste, Karim est en
			// arrêt maladie » nor « Dans Les Tilleuls, Mme Roux sort de chimio »: a
			// title without quotes is also a care home's or an estate's name, so
			// it reads names only, never a special fact (real_life.go for the rest)
			return true
		}
	}
	return false
}

// openingArticles open a work's title written without quotes (data/words/opening_articles.txt).
var openingArticles = lexicon.Words(lexicon.Data, "opening_articles")

// unquotedTitle: a title without quotes opens at i and a comma closes it
// (« Dans L'Avare, Harpagon… », "In The Hobbit, Bilbo…"): a capitalised
// article, then words up to the comma, at most five, none a commune
// (« Dans La Rochelle, » is a place), an organisation or a venue, nor a
// person's civility. Read only
// after a sentence's opening « dans », "in".
func (a *analysis) unquotedTitle(i int) bool {
	toks := a.s.Toks
	if i+1 >= len(toks) || !toks[i].Has(text.Cap) || !openingArticles[toks[i].Norm] || !toks[i+1].Has(text.Cap) {
		return false
	}
	if end, _ := a.communeAt(i); end > i {
		return false
	}
	if end, _ := a.communeAt(i + 1); end > i+1 {
		return false
	}
	for k := i + 1; k < min(len(toks), i+7); k++ {
		if toks[k].Sep == ',' {
			return k > i+1
		}
		if toks[k].Sep != 0 && toks[k].Sep != '\'' || toks[k].IsAny(cCivility, cOrg, cVenue) {
			return false
		}
	}
	return false
}

// fictionSentence: the sentence is inside a work of fiction and speaks
// of no cast, no contact details and no news.
func (a *analysis) fictionSentence() bool {
	if !a.has(cWork) && !a.hasQuote() && !a.singleQuoted() && !a.s.Toks[0].Is(cFrameLinks) || len(a.sdirect) > 0 || !a.workFrame() {
		return false
	}
	return !a.realPersonTold() // story_frame.go
}

// hasQuote: a quotation mark stands in the sentence.
func (a *analysis) hasQuote() bool {
	return a.shapes&text.Quoted != 0 // the union of the tokens' flags (tagSentence): no token to read
}

// markFiction takes the capitalised words and civilities of a sentence
// inside a work, except those beside « notre », "our", and the name after
// « lu par », « animé par », "read by": who reads, tells or hosts the work
// (« dans le conte lu par Mme Dupuis, qui sort de l'hôpital, … ») is a
// person, as after « par » in a story (markStory).
func (a *analysis) markFiction() {
	if !a.fictionSentence() {
		return
	}
	toks := a.s.Toks
	for k := 0; k < len(toks); k++ {
		if byLinks[toks[k].Norm] && k > 0 && (readingParticiples[toks[k-1].Norm] || hostParticiples[toks[k-1].Norm]) {
			k = max(k, a.authorAfter(k)-1) // title_frame.go
			continue
		}
		if (toks[k].Has(text.Cap) || toks[k].Is(cCivility)) && !a.tiedNear(k, ownDets) {
			a.consumed[k] = true
		}
	}
}
