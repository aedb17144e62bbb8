package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A value headed as the story of a work tells of characters (issue 7,
// section 4): « Club lecture : … », "Film night on Friday: …", « Notre
// troupe joue Le Bourgeois gentilhomme : M. Jourdain veut devenir noble
// », « Heure du conte : … », « Résumé : … ». Associations name their
// works in a hundred ways, often without quotes; the heading
// (work_headings.txt) says what the text is, and the sentences after it
// read as an invented case (invented_case.go) while they tell the story
// in its present.
//
// Real members go to shows and act in them. A sentence stays theirs when
// it holds an outing or a booking (outing_words.txt: « sortie », « places »,
// « viendra », "tickets"), a member's doing at the club (club_doings.txt:
// « lit », « propose », "picks"), contact details, the cast (« joue », "played
// by"), a tie to the association or the writer (story_ties.txt: « notre
// adhérente », « besoin », "my"), a word of a real case, a testimony, an
// age, a first name and a surname (« Paul Girard »: a character's seldom,
// a member's often), a past or a future (« a lu », « ne viendra pas »:
// news, not a plot), a state told of someone (« est hospitalisée », « a
// un cancer »), or — unless the heading says summary — a relative clause
// (« Léa, qui a un cancer, chante »).

// workHeadings are the headings of work_headings.txt, by section.
var workHeadings, summaryHeadings = readWorkHeadings()

// outingWords say the sentence is about real members going to a show;
// clubDoings what members do there (« lit », « propose », "picks").
var (
	outingWords = lexicon.Words(lexicon.Data, "outing_words")
	clubDoings  = lexicon.Words(lexicon.Data, "club_doings")
)

// eventDuties are the tasks of a member at the show (« tient la buvette »,
// "runs the stall", « animera le débat »): the sentence tells a real
// person's part, not a character's.
var eventDuties = lexicon.Words(lexicon.Data, "event_duties")

// caseHeadWords in a heading tell a case note (« Résumé de l'entretien : »).
var caseHeadWords = lexicon.Words(lexicon.Data, "case_head_words")

// readWorkHeadings reads work_headings.txt: the words of the headings of
// [activity] and of those of [summary] (phraseWords), under their first
// words (byFirstWord).
func readWorkHeadings() (phrasesByFirst, phrasesByFirst) {
	var activity, summary [][]string
	in := &activity
	for _, l := range lexicon.Phrases(lexicon.Data, "work_headings") {
		switch l = strings.TrimSpace(l); l {
		case "[activity]":
			in = &activity
		case "[summary]":
			in = &summary
		default:
			if ws := strings.Fields(teachingNorm(l)); len(ws) > 0 {
				*in = append(*in, ws)
			}
		}
	}
	return byFirstWord(activity), byFirstWord(summary)
}

// workHeading is what a value's first sentence says of its heading.
type workHeading struct {
	read    bool // the first sentence was read
	on      bool // the value opens on the heading of a work's story
	summary bool // the heading says summary (« Résumé », "Plot")
}

// workHeadingEnd returns the end of the first sentence's heading: the
// token before which a colon (« « Tartuffe » : ») or a spaced dash
// stands, within ten words; 0 when none.
func (a *analysis) workHeadingEnd() int {
	end, _ := headingEnd(a.text, a.s.Toks, workMarks)
	return end
}

// workMarks end a work's heading at its first colon or spaced dash
// within ten words (heading_end.go).
var workMarks = headingMarks{before: 11}

// readWorkHeading reads the value's first sentence for a heading of a
// work's story with no outing in it, and returns the heading's end when
// it is on, 0 otherwise.
func (a *analysis) readWorkHeading() int {
	a.work.read = true
	if !a.has(cFrameHeadCue) {
		return 0 // the class first: most first sentences head no work, and the end costs a reading of the heading
	}
	end := a.workHeadingEnd()
	if end == 0 {
		return 0
	}
	toks := a.s.Toks
	for k := 0; k < end; k++ {
		if outingWords[toks[k].Norm] || caseHeadWords[toks[k].Norm] {
			return 0 // « Sortie au théâtre pour voir … : », « Résumé de l'entretien : »
		}
	}
	a.work.summary = headingHolds(toks, end, summaryHeadings, false)
	a.work.on = a.work.summary || headingHolds(toks, end, workHeadings, false)
	if !a.work.on {
		return 0
	}
	return end
}

// workStorySentence: the value opens on the heading of a work's story
// and the sentence, from its heading on, tells the story of characters.
func (a *analysis) workStorySentence() bool {
	from := 0
	if !a.work.read {
		from = a.readWorkHeading() // the heading's end when it is on
	}
	if !a.work.on || len(a.sdirect) > 0 || !a.toldNow() || a.realLifeSaid() { // real_life.go
		return false
	}
	toks := a.s.Toks
	for k := from; k < len(toks); k++ {
		if a.realInStory(k) {
			return false
		}
	}
	return !a.stateOfSomeone(from)
}

// realInStory: the word at k ties the sentence to real persons: an
// outing, the cast, a real work or case, a tie (story_ties.txt), a
// testimony, an age, a name after « par », "by", who plays a part, a
// stay in a place of care
// (« c'est Léa »), the work itself spoken of (« ce film », "the book"), a
// first name and a surname outside a quoted title.
func (a *analysis) realInStory(k int) bool {
	toks := a.s.Toks
	n := toks[k].Norm
	switch {
	case outingWords[n] || castWords[n] || realWorks[n] || clubDoings[n] || eventDuties[n]:
		return true // « places », « joue », « lit Zola », « Inès, enceinte, tient la buvette »
	case realCaseWords[n] && !negatedAt(toks, k):
		return true
	case storyTies[n] && !(ownDets[n] && k+1 < len(toks) && toks[k+1].IsAny(cWork, cStoryCue)):
		return true
	case testimonyVerbs[n]:
		return true // "Emma tells her years of addiction": a testimony
	case isDigits(n) && k > 0 && (toks[k-1].Has(text.Cap) && toks[k].Sep == ',' || ageWords[toks[k-1].Norm]):
		return true // « Karim, 17, … », "aged 9": an age given as news of someone
	case byLinks[n] && k+1 < len(toks) && toks[k+1].Has(text.Cap) && !a.inQuotes(k+1):
		return true // "by Lily Whitcombe": an author, a reader, an actor
	case n == "c" && k+2 < len(toks) && toks[k+1].Norm == "est" && toks[k+2].Has(text.Cap):
		return true // « Elmire, c'est Léa »: who plays the part
	case toks[k].Is(cCareStay) && a.careStayWithin(k, 1): // titles.go
		return true // « Club lecture : Janine est à l'hôpital », "Book club: Janet is in hospital": a member's stay, seldom a plot
	case toks[k].Is(cWork) && k > 0 && storyDets[toks[k-1].Norm]:
		return true // « Paul, tétraplégique, adore ce film »: someone speaks of the work from outside
	}
	return k+1 < len(toks) && toks[k].Is(cFirst) && toks[k].Has(text.Cap) && toks[k+1].Has(text.Cap) &&
		!toks[k+1].Is(cCivility) && toks[k+1].Sep == 0 && !a.inQuotes(k) // « Charlie Babbitt », not a title's « Amélie Poulain »
}

// ageWords stand before an age (data/words/age_words.txt).
var ageWords = lexicon.Words(lexicon.Data, "age_words")

// stateVerbs state a fact of someone before a special-category word
// (« est hospitalisée », « a un cancer », "has cancer").
var stateVerbs = auxiliaryUses.of("state")

// stateOfSomeone: a special-category word of the sentence is stated of
// someone (specialStated), or, unless the heading says summary, the
// sentence tells a fact in a relative clause (« Léa, qui a un cancer, … »).
func (a *analysis) stateOfSomeone(from int) bool {
	toks := a.s.Toks
	if from < len(toks) && toks[from].Is(cFirst) && !toks[from].Is(cAmbig) && !strings.ContainsAny(a.text, "«“\"") && a.specialWithin(from+1, 3) { // titles.go
		return true // « Ciné-club : Paul sort de prison »: a fact right after a first name, no title quoted in the value
	}
	if !a.work.summary {
		for k := from; k < len(toks); k++ {
			if relativePronouns[toks[k].Norm] {
				return true
			}
		}
	}
	return a.specialStated()
}

// specialStated: a special-category word of the sentence follows a
// copula or « a », "has" (« est hospitalisée », « a un cancer »): a state
// told of someone, seldom a plot.
func (a *analysis) specialStated() bool {
	if a.dictHits&dictsOf(dSpecial) == 0 {
		return false
	}
	toks := a.s.Toks
	for _, sp := range a.spansOf(dSpecial, nil) {
		for m := max(0, sp.i-2); m <= sp.i; m++ { // the term may open on its copula: « est à l'hôpital », "is in hospital"
			if statingCopulas[toks[m].Norm] || stateVerbs[toks[m].Norm] {
				return true
			}
		}
	}
	return false
}
