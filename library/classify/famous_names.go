package classify

import (
	"bytes"
	"strings"
	"sync"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Public texts name public figures, historical persons and fictional
// characters (« Requiem de Fauré », « lecture de Victor Hugo », "Sherlock
// Holmes"): rules written from one writer's misses did not generalise, so
// the evidence is a list that others keep (famous_names.txt, built by
// scripts/build-famous.mjs from WordNet, Grammalecte, the BSD calendars
// and compromise-wikipedia). A name of the list, in a sentence that speaks
// of it as a public one (listedFamous, publicCue), is no one of the association and
// passes; so do a name followed by the years of a life that has ended and
// a first name in the plural on a saint's day.
//
// The danger is the reverse: a volunteer whose name is a famous one. A
// civility, contact details, a relation to the association or to someone
// nearby, a fact told as new or a verb of now keep the name a person
// (famousGuarded), and a famous surname after a first name the list does
// not give (« Thomas Bismarck ») is a person's name.

// famous holds the list and the guards' words, read on first use.
type famous struct {
	names, relations, news, copulas, history, nameDay, context, events lexicon.WordSet
	performers, topics                                                 lexicon.WordSet
	starts, lasts                                                      lexicon.WordSet // the first and the last word of every name
}

var famousLists = sync.OnceValue(func() *famous {
	f := &famous{
		names:      lexicon.LoadWords(lexicon.Data, "data/famous_names.txt"),
		relations:  lexicon.Words(lexicon.Data, "famous_relations"),
		news:       lexicon.Words(lexicon.Data, "famous_news"),
		copulas:    lexicon.Words(lexicon.Data, "famous_copulas"),
		history:    lexicon.Words(lexicon.Data, "famous_history"),
		nameDay:    lexicon.Words(lexicon.Data, "name_day_words"),
		context:    lexicon.Words(lexicon.Data, "famous_context"),
		events:     lexicon.Words(lexicon.Data, "famous_events"),
		performers: lexicon.Words(lexicon.Data, "famous_performers"),
		topics:     lexicon.Words(lexicon.Data, "famous_topics"),
		starts:     lexicon.WordSet{},
		lasts:      lexicon.WordSet{},
	}
	for n := range f.names {
		first, _, _ := strings.Cut(n, " ")
		first, _, _ = strings.Cut(first, "'") // « o'neill » starts with the word « O »
		f.starts[first] = true
		last := n[strings.LastIndexByte(n, ' ')+1:]
		f.lasts[last[strings.LastIndexByte(last, '\'')+1:]] = true // « d'arc » ends with « Arc »
	}
	return f
})

// markFamous takes, before the name shapes run, the famous names of the
// sentence and the title of a work they are the author of (« Gloria de
// Vivaldi », « Les Misérables de Victor Hugo »).
func (a *analysis) markFamous() {
	if !a.has(cFamousLast) {
		return // no sentence word ends a famous name: nothing to read
	}
	toks := a.s.Toks
	for k := 0; k < len(toks); k++ {
		if a.consumed[k] || !toks[k].Has(text.Cap) || !toks[k].IsAny(cFamousStart, cFirst, cAmbig) {
			continue
		}
		for e := min(len(toks), k+5); e > k; e-- {
			if toks[e-1].Has(text.Cap) && toks[e-1].Is(cFamousLast) && a.famousName(k, e) {
				a.markWorkBefore(k)
				k = e - 1
				break
			}
		}
	}
}

// famousName: the name at [i, j) is a famous one told as such; its words
// are taken, so that no later rule reads them as a person.
func (a *analysis) famousName(i, j int) bool {
	if a.c.noFamous {
		return false
	}
	if a.sovereignName(i, j) { // sovereign_names.go: « le pape François »
		for k := i; k < j; k++ {
			a.consumed[k] = true
		}
		return true
	}
	if a.partOfLongerName(i, j) || a.namesakeSaid() { // namesake.go: « (pas le footballeur) »
		return false
	}
	listed, strong := a.listedFamous(i, j)
	historic := a.lifeDates(j) || a.historyDated(i, j) // history_frame.go
	public := listed && (strong || a.publicCue(i, j)) || historic || a.nameDay(i, j) || a.regnalName(i, j) ||
		a.quotedWorkAuthor(i, j) && (listed || !a.privateSaid()) || // work_author.go; an unlisted author who « doit encore sa cotisation » is a member
		a.betweenFamous(i, j) || // famous_together.go
		a.datedPublicDeed(i, j) || // dated_public_deed.go
		a.maximAuthor(i, j) || // maxim_author.go: « Comme disait Marcel Pagnol, … »
		a.eponymTold(i, j) // eponym_told.go: « Jean Moulin : … le lycée qui porte son nom »
	if (!public || a.famousGuarded(i, j)) && !a.culturalTopic(i, j) { // cultural_topic.go: guarded in its own way
		return false
	}
	if historic {
		a.memo |= memoHistoric // history_frame.go: the facts of the sentence are history's
	}
	for k := i; k < j; k++ {
		a.consumed[k] = true
	}
	a.famous = append(a.famous, span{i: i, j: j})
	return true
}

// partOfLongerName: the words at [i, j) are only part of a name: a
// compound (« La Rochefoucauld-Bayers »), a first name right before
// (« Odile Mozart »), or particles after a first name (« Odile de La
// Rochefoucauld »). « Gloria de Vivaldi » is a work and its author.
func (a *analysis) partOfLongerName(i, j int) bool {
	toks := a.s.Toks
	if j < len(toks) && text.Joined(toks, j, '-') || text.Joined(toks, i, '-') {
		return true
	}
	if i == 0 || toks[i].Sep != 0 {
		return false
	}
	prev := toks[i-1]
	if prev.Has(text.Cap) && prev.IsAny(cFirst, cAmbig, cCivility) {
		return true
	}
	if !isParticle(prev.Norm) || i < 2 || toks[i-1].Sep != 0 {
		return false
	}
	if isParticle(toks[i-2].Norm) && toks[i-2].Norm != "et" {
		return true // « de La Rochefoucauld », not « et de George Sand »
	}
	workAndAuthor := (prev.Norm == "de" || prev.Norm == "d") && !isParticle(toks[i].Norm)
	return toks[i-2].Has(text.Cap) && toks[i-2].IsAny(cFirst, cAmbig) && !workAndAuthor
}

// listedFamous: the words of [i, j) are a name of the list. Only a
// famous name alone (« Feydeau ») or a full name of three words or more
// (« Wolfgang Amadeus Mozart ») is strong; a full name of two (« Marie
// Curie viendra ») may be anybody's, and counts only where the sentence
// speaks of a public figure (publicCue). A first name the list does not
// give with a famous name (« Thomas Bismarck ») is a person's name.
func (a *analysis) listedFamous(i, j int) (listed, strong bool) {
	toks := a.s.Toks
	for k := i; k < j; k++ {
		if a.consumed[k] || !toks[k].Has(text.Cap) && !isParticle(toks[k].Norm) {
			return false, false
		}
	}
	var buf [128]byte                          // the key is built on the stack: no allocation per try
	key := famousKey(buf[:0], toks, i, j)      // famous_lookup.go
	words := bytes.Count(key, []byte{' '}) + 1 // « Jeanne d'Arc » is two words
	if words == 1 && j > i+1 || !famousLists().names[string(key)] {
		return false, false // « O'Brien » alone is anybody's Irish surname
	}
	return true, words != 2
}
