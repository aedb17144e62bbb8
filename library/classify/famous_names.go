package classify

import (
	"strings"
	"sync"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// Public texts name public figures, historical persons and fictional
// characters (« Requiem de Fauré », « lecture de Victor Hugo », "Sherlock
// Holmes"): rules written from one writer's misses did not generalise, so
// the evidence is a list that others keep (famous_names.txt, built by
// scripts/build-famous.mjs from WordNet, Grammalecte and the BSD
// calendars). A name of the list, in a sentence that speaks of it as a
// public one (listedFamous, publicCue), is no one of the association and
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
	starts, lasts                                                      lexicon.WordSet // the first and the last word of every name
}

var famousLists = sync.OnceValue(func() *famous {
	f := &famous{
		names:     lexicon.LoadWords(lexicon.Data, "data/famous_names.txt"),
		relations: lexicon.Words(lexicon.Data, "famous_relations"),
		news:      lexicon.Words(lexicon.Data, "famous_news"),
		copulas:   lexicon.Words(lexicon.Data, "famous_copulas"),
		history:   lexicon.Words(lexicon.Data, "famous_history"),
		nameDay:   lexicon.Words(lexicon.Data, "name_day_words"),
		context:   lexicon.Words(lexicon.Data, "famous_context"),
		events:    lexicon.Words(lexicon.Data, "famous_events"),
		starts:    lexicon.WordSet{},
		lasts:     lexicon.WordSet{},
	}
	for n := range f.names {
		first, _, _ := strings.Cut(n, " ")
		f.starts[first] = true
		f.lasts[n[strings.LastIndexByte(n, ' ')+1:]] = true
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
	if a.partOfLongerName(i, j) {
		return false
	}
	listed, strong := a.listedFamous(i, j)
	public := listed && (strong || a.publicCue(i, j)) || a.lifeDates(j) || a.nameDay(i, j) || a.regnalName(i, j)
	if !public || a.famousGuarded(i, j) {
		return false
	}
	for k := i; k < j; k++ {
		a.consumed[k] = true
	}
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
	var buf [128]byte // the key is built on the stack: no allocation per try
	key := buf[:0]
	for k := i; k < j; k++ {
		if k > i {
			key = append(key, ' ')
		}
		key = append(key, toks[k].Norm...)
	}
	if !famousLists().names[string(key)] {
		return false, false
	}
	return true, j-i != 2
}

// publicCue: the sentence speaks of the name at [i, j) as of a public
// one: a quotation, dates of life after it (« (1802-1885) »), a word of its
// works or statements (famous_context.txt). A full name whose surname is
// also an ordinary one (« Victor Hugo », "John Mitchell") needs one of
// those; another may also be the author of a work (« de Pierre Curie », "by
// Jane Austen") or named at an event, a show or a talk (famous_events.txt,
// the classes of works, topics and public events).
func (a *analysis) publicCue(i, j int) bool {
	toks := a.s.Toks
	fl := famousLists()
	if strings.ContainsAny(a.text[toks[0].Start:], "«»“”\"") || a.lifeDates(j) {
		return true
	}
	if a.anyWordIn(fl.context) || a.workTitleBefore(i) || a.historicYear() {
		return true
	}
	if toks[j-1].Is(cLast) {
		return false
	}
	if i > 0 && authorLinks[toks[i-1].Norm] || a.anyWordIn(fl.events) ||
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
	for _, t := range a.s.Toks {
		if set[t.Norm] {
			return true
		}
	}
	return false
}

// lifeDates: the name is followed by the years of a life that has ended
// (« Lucie Aubrac (1912-2007) »): a historical person, whom the data
// protection rules do not cover, and no one a volunteer writes about.
func (a *analysis) lifeDates(j int) bool {
	rest := a.text[a.s.Toks[j-1].End:]
	rest = strings.TrimPrefix(rest, " ")
	if len(rest) < 11 || rest[0] != '(' {
		return false
	}
	born, n := leadingYear(rest[1:])
	if n == 0 {
		return false
	}
	rest = strings.TrimLeft(rest[1+n:], " ")
	for _, dash := range []string{"-", "–", "—"} {
		if after, ok := strings.CutPrefix(rest, dash); ok {
			died, m := leadingYear(strings.TrimLeft(after, " "))
			// a life, not a term of office (« (2019-2024) »)
			return m > 0 && died-born >= 20 && died-born <= 110
		}
	}
	return false
}

// leadingYear reads the four-digit year that starts s.
func leadingYear(s string) (int, int) {
	if len(s) < 4 || len(s) > 4 && isDigit(s[4]) {
		return 0, 0
	}
	y := 0
	for k := range 4 {
		if !isDigit(s[k]) {
			return 0, 0
		}
		y = y*10 + int(s[k]-'0')
	}
	return y, 4
}

// regnalName: a first name and a regnal number (« Louis XIV », « Henri
// IV », « Jean-Paul II », "Elizabeth II"): a monarch or a pope.
func (a *analysis) regnalName(i, j int) bool {
	toks := a.s.Toks
	if j-i < 2 || !toks[j-1].Has(text.Upper) || !isRegnalNumber(a.text[toks[j-1].Start:toks[j-1].End]) {
		return false
	}
	for k := i; k < j-1; k++ {
		if !toks[k].IsAny(cFirst, cAmbig) {
			return false
		}
	}
	return true
}

// isRegnalNumber: w is a Roman numeral from II to XXIX (« I » is also a
// pronoun in English).
func isRegnalNumber(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for k := 0; k < len(w); k++ {
		if w[k] != 'I' && w[k] != 'V' && w[k] != 'X' {
			return false
		}
	}
	return !strings.Contains(w, "IIII") && !strings.Contains(w, "VV") && !strings.Contains(w, "XXX")
}

// nameDay: a first name in the plural in a sentence about a saint's day
// (« Bonne fête à toutes les Catherine », « on fête les Nicolas »); not a
// family (« chez les Martin »).
func (a *analysis) nameDay(i, j int) bool {
	toks := a.s.Toks
	if toks[i].Norm == "les" || toks[i].Norm == "aux" {
		i++ // a shape that took the article
	}
	if j != i+1 || i < 1 || !toks[i].IsAny(cFirst, cAmbig) {
		return false
	}
	if toks[i-1].Norm != "les" && toks[i-1].Norm != "aux" || i > 1 && toks[i-2].Is(cSurnameCtx) {
		return false
	}
	for _, t := range toks {
		if famousLists().nameDay[t.Norm] {
			return true
		}
	}
	return false
}

// authorLinks link a work to its author or a talk to its subject.
var authorLinks = map[string]bool{"de": true, "d": true, "by": true, "par": true, "of": true, "sur": true, "on": true}

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

// famousGuarded: something in the sentence says the famous name is a
// person of today (see the data files famous_*.txt).
func (a *analysis) famousGuarded(i, j int) bool {
	toks := a.s.Toks
	fl := famousLists()
	if toks[i].Is(cCivility) || len(a.sdirect) > 0 {
		return true // « Madame Curie (06 12 34 56 78) »
	}
	if i > 0 && toks[i-1].IsAny(cCivility, cSurnameCtx, cNameCtx, cNameLabels) {
		return true // « M. Mozart », « Contact : Raman », « relancer Rimbaud »
	}
	for k := max(0, i-3); k < min(len(toks), j+4); k++ { // « notre bénévole X », « X, notre trésorier »
		if (k < i || k >= j) && fl.relations[toks[k].Norm] && !a.quotedAt(k) {
			return true // « notre bénévole Paul Verlaine », « la maman de … »
		}
	}
	for _, t := range toks {
		if fl.news[t.Norm] {
			return true // « … a été arrêtée hier soir »
		}
	}
	return a.famousNow(j)
}

// quotedAt: token k is inside a quoted statement (« Notre maison brûle et
// nous regardons ailleurs », "our house"): its words are someone's
// statement, not the writer's. A short quoted phrase (« son ami ») is a
// hint the writer gives, and counts.
func (a *analysis) quotedAt(k int) bool {
	sent := a.text[a.s.Toks[0].Start:] // the closing mark may follow the last word
	at := a.s.Toks[k].Start - a.s.Toks[0].Start
	open := strings.LastIndexAny(sent[:at], "«“\"")
	if open < 0 {
		return false
	}
	closeAt := strings.IndexAny(sent[at:], "»”\"")
	if closeAt < 0 {
		return false
	}
	quoted := sent[open : at+closeAt]
	return strings.Count(quoted, " ") >= 4 && strings.Count(sent[:open], "\"")%2 == 0
}

// famousNow: a verb right after the name that tells what someone is or
// does now or soon (« est enceinte », « a été hospitalisé », « viendra
// samedi », "is on sick leave"), unless it tells a birth or a death.
func (a *analysis) famousNow(j int) bool {
	toks := a.s.Toks
	fl := famousLists()
	if j >= len(toks) {
		return false
	}
	v := toks[j].Norm
	next := ""
	if j+1 < len(toks) {
		next = toks[j+1].Norm
	}
	if v == "a" || v == "has" {
		return next == "ete" || next == "been"
	}
	return fl.copulas[v] && !fl.history[next]
}
