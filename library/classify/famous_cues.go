package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// What tells that a sentence speaks of a name of the famous list as of a
// public figure (famous_names.go): a quotation, dates, a word of works or
// statements, a title before « de », an event for names that are no
// ordinary surnames.

// publicCue: the sentence speaks of the name at [i, j) as of a public
// one: a quotation, dates of life after it (« (1802-1885) »), a word of its
// works or statements (famous_context.txt), another name of the list
// (famous_together.go). A full name whose surname is
// also an ordinary one (« Victor Hugo », "John Mitchell") needs one of
// those; another may also be the author of a work (« de Pierre Curie », "by
// Jane Austen", "Jane Austen's") or named at an event, a show or a talk (famous_events.txt,
// the classes of works, topics and public events).
func (a *analysis) publicCue(i, j int) bool {
	toks := a.s.Toks
	fl := famousLists()
	if strings.ContainsAny(a.text[toks[0].Start:], "«»“”\"") || a.lifeDates(j) || a.quoteSignature(i) { // famous_lookup.go
		return true
	}
	if a.anyWordIn(fl.context) || a.workTitleBefore(i) || a.historicYear() || a.otherFamousName(i, j) || a.roleAfterCopula(j) {
		return true
	}
	if toks[j-1].Is(cLast) {
		return false
	}
	if i > 0 && authorLinks[toks[i-1].Norm] || a.possessiveAfter(j) || a.anyWordIn(fl.events) || a.anyWordIn(fl.topics) && !a.ageGiven() || // famous_possessive.go; famous_topics.txt
		a.sentCls.Intersects(classesOf(cWork, cTopicWords, cPublicEvents)) {
		return true
	}
	for _, h := range a.hits {
		if h.dict == dTitles {
			return true // « le président Jacques Chirac », "the writer"
		}
	}
	return false
}

// workTitleBefore: the name follows a capitalised title and « de » or
// "by" (« les Contemplations de Victor Hugo », "Emma by Jane Austen"); « le
// vélo de Victor Hugo » is no title.
func (a *analysis) workTitleBefore(i int) bool {
	toks := a.s.Toks
	if i < 2 || !authorLinks[toks[i-1].Norm] {
		return false
	}
	t := toks[i-2]
	return t.Has(text.Cap) && !t.IsAny(cFirst, cAmbig, cCivility) && !isClauseSep(toks[i-1].Sep)
}

// historicYear: the sentence dates something before 1946 (« a créé le
// Code civil en 1804 », "in 1937"), not a birth (« née en 1938 »).
func (a *analysis) historicYear() bool {
	toks := a.s.Toks
	for k, t := range toks {
		if len(t.Norm) != 4 || !isDigits(t.Norm) || t.Norm >= "1946" || t.Norm < "1000" {
			continue
		}
		if k > 1 && famousLists().history[toks[k-2].Norm] || k > 0 && famousLists().history[toks[k-1].Norm] {
			continue // « née en 1938 », "born 1938"
		}
		return true
	}
	return false
}

// anyWordIn: a word of the sentence is in set.
func (a *analysis) anyWordIn(set lexicon.WordSet) bool {
	for k := range a.s.Toks { // by index: a token is 64 bytes to copy
		if set[a.s.Toks[k].Norm] {
			return true
		}
	}
	return false
}

// authorLinks link a work to its author or a talk to its subject.
var authorLinks = prepositionUses.of("author")

// markWorkBefore takes the capitalised words of a title just before « de »
// and a famous name (« Gloria de Vivaldi »): a work, not a person.
func (a *analysis) markWorkBefore(i int) {
	toks := a.s.Toks
	if i < 2 || toks[i-1].Norm != "de" && toks[i-1].Norm != "d" || isClauseSep(toks[i-1].Sep) {
		return
	}
	for k := i - 2; k >= max(0, i-4) && toks[k].Has(text.Cap) && !a.consumed[k]; k-- {
		a.consumed[k] = true
		if isClauseSep(toks[k].Sep) || k > 0 && isClauseSep(toks[k-1].Sep) {
			break
		}
	}
}
