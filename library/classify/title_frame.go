package classify

import (
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// A programme or a reading sheet gives the title of a work, then its
// characters (« Ciné-club : « Le Grand Bleu » — Jacques Mayol et Enzo
// Molinari », "Book club: 'Great Expectations' — Pip, Estella and Miss
// Havisham", « « La Cantatrice chauve » : M. et Mme Smith »): the names
// after a quoted title, in a sentence that speaks of a work, are the
// work's (issue 7, section 4), as in a story frame (story_frame.go).
//
// The same line announces an outing with the association's people
// (« Ciné-club « Le Grand Bleu » : Mme Roux aura besoin de la rampe »):
// a verb of soon or a past tense (« a fait un malaise pendant la
// séance ») says the sentence tells what real people do, not the story,
// whose summary is in the present; the ties, the cast and the news of
// storySentence keep a person too, and so does the name right after the
// title's « de », "by" (its author).

// titleWorkWords name a work of fiction or a show of one a title may
// belong to, besides the story works (story_works.txt). Not a reading,
// a book, a poem, a song, an exhibition: a member writes, sings and
// shows their own life in them.
var titleWorkWords = lexicon.Words(lexicon.Data, "title_work_words")

// titleWorks are the story works but a song or a show: a member sings
// and shows their own life in them.
var titleWorks = func() lexicon.WordSet {
	w := lexicon.WordSet{}
	for n := range storyWorks {
		switch n {
		case "chanson", "chansons", "song", "spectacle", "story", "stories":
		default:
			w[n] = true
		}
	}
	return w
}()

// titleAges say a person's age (data/words/title_ages.txt).
var titleAges = lexicon.Words(lexicon.Data, "title_ages")

// titleTold returns the first token of the quoted title of a work the
// sentence gives before its characters, or -1.
//
// Without a word of a work, a title followed by its author stands for
// one (« « La Cantatrice chauve » de Ionesco : M. et Mme Smith »).
func (a *analysis) titleTold() int {
	if !a.hasQuote() && !a.singleQuoted() {
		return -1
	}
	// The word sets are read only once a title stands before a break:
	// each costs a look-up per word, and most quotes are no title.
	work, asked := false, false
	toks := a.s.Toks
	for k := 0; k < len(toks); k++ {
		if !toks[k].Has(text.Cap) {
			continue
		}
		e := a.titleEnd(k)
		if e <= k || e >= len(toks) {
			continue
		}
		next := e
		if authored := a.authorAfter(e); authored > e {
			work, next = true, authored
		}
		if next < len(toks) && strings.ContainsAny(a.text[toks[next-1].End:toks[next].Start], ":—–-,(") {
			if !asked {
				asked = true
				work = work || a.has(cTitleWork) // titleWorks or titleWorkWords (set_classes.go)
			}
			if work {
				if a.anyWordIn(titleAges) {
					return -1
				}
				return k // « « Le Grand Bleu » — Jacques Mayol et Enzo Molinari »
			}
		}
		k = e - 1
	}
	return -1
}

// singleQuoted: a single quotation mark opens after a space in the
// sentence ("Film: 'Rain Man'"), not an elision (« l'Étranger »). Three
// frames ask it of most sentences (story, fiction, title): the answer is
// kept for the sentence.
func (a *analysis) singleQuoted() bool {
	if a.memo&memoSingleQuotedDone == 0 {
		a.memo |= memoSingleQuotedDone
		if a.readSingleQuoted() {
			a.memo |= memoSingleQuoted
		}
	}
	return a.memo&memoSingleQuoted != 0
}

// readSingleQuoted is singleQuoted, read from the tokens.
func (a *analysis) readSingleQuoted() bool {
	toks := a.s.Toks
	if len(toks) == 0 {
		return false
	}
	// the bytes before the tokens first: many sentences hold no ' and no
	// ‘ (whose last byte is 0x98) to test token by token
	if before := a.text[max(0, toks[0].From()-1):toks[len(toks)-1].From()]; strings.IndexByte(before, '\'') < 0 && strings.IndexByte(before, 0x98) < 0 {
		return false
	}
	for k := range a.s.Toks { // by index: a token is 64 bytes to copy
		if at := a.s.Toks[k].From(); at > 0 && (a.text[at-1] == '\'' || a.text[at-1] == 0x98 && strings.HasSuffix(a.text[:at], "‘")) && // ‘ ends in 0x98
			(at == 1 || a.text[at-2] == ' ' || strings.HasPrefix(a.text[max(0, at-4):], " ‘")) {
			return true
		}
	}
	return false
}

// authorAfter returns the end of an author's name after « de », "by" at
// e (« « Knock » de Jules Romains »), or e.
func (a *analysis) authorAfter(e int) int {
	toks := a.s.Toks
	if e+1 >= len(toks) || toks[e].Norm != "de" && toks[e].Norm != "d" && !byLinks[toks[e].Norm] || !toks[e+1].Has(text.Cap) {
		return e
	}
	m := e + 1
	for m < len(toks) && (toks[m].Has(text.Cap) || isParticle(toks[m].Norm)) && (m == e+1 || toks[m].Sep == 0) {
		m++
	}
	return m
}

// titleEnd returns the token after the title that opens at k, in double
// quotes (« … », "…") or single ones ('…'), or k when none opens there.
func (a *analysis) titleEnd(k int) int {
	toks := a.s.Toks
	if toks[k].Has(text.Quoted) {
		e := k + 1
		for e < len(toks) && !toks[e].Has(text.Quoted) {
			e++
		}
		return e
	}
	prev := max(0, toks[k].From()-len("‘"))
	if k > 0 {
		prev = toks[k-1].To()
	}
	gap := a.text[prev:toks[k].From()]
	if !strings.HasSuffix(gap, "'") && !strings.HasSuffix(gap, "‘") || k > 0 && !strings.ContainsAny(gap, " \t") {
		return k // an elision (« l'Étranger »), not a quote
	}
	e := k + 1
	for e < len(toks) && !strings.ContainsAny(a.text[toks[e-1].End:toks[e].Start], "'’") {
		e++
	}
	return e
}

// toldNow: no verb of the sentence speaks of soon or of the past, the
// tenses of an outing; a summary is in the present.
func (a *analysis) toldNow() bool {
	toks := a.s.Toks
	for k, t := range toks {
		switch t.Norm {
		case "sera", "seront", "aura", "auront", "ont", "avait", "avaient", "was", "were":
			return false
		case "will":
			if !t.Has(text.Cap) || k == 0 {
				return false // not "Eleven, Mike and Will"
			}
		case "had", "has", "have":
			if k+1 < len(toks) && englishParticiple(toks[k+1].Norm) {
				return false // "has been taken", not "has a limp"
			}
		case "a":
			if a.text[t.Start:t.End] == "a" && k+1 < len(toks) && pastParticiple(a.text[toks[k+1].Start:toks[k+1].End]) {
				return false // « a fait un malaise », not « à », not "a banker"
			}
		}
		if !t.Has(text.Cap) && !t.IsAny(cWork, cStoryCue) && a.futureAt(k) {
			return false
		}
	}
	return true
}

// pastParticiple: the word ends as a French past participle does (« fait »,
// « été », « adoré », « perdu », « pris »).
func pastParticiple(w string) bool {
	for _, suf := range []string{"é", "i", "u", "it", "is", "ert", "int"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// englishParticiple: the word ends as an English past participle does
// ("been", "taken", "diagnosed", "got").
func englishParticiple(w string) bool {
	switch w {
	case "been", "got", "gone", "done", "made", "had", "left", "lost", "told", "said", "run":
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")
}

// lonePersonFact: a special-category word stands in the sentence, and
// no two names that act on each other follow the title at from
// (linkedNames), or a copula or a relative clause states it (« sont
// séropositifs », « qui sort de prison »), or a name is a first name and
// a surname: one person with an ailment after a title
// (« Film « Intouchables » : Mme Durand, en fauteuil… ») is as often a
// member at the outing as a character; a summary sets characters
// together and tells what they do (« Gepetto, malade, envoie Pinocchio
// à l'école »).
func (a *analysis) lonePersonFact(from int) bool {
	if a.dictHits&dictsOf(dSpecial) == 0 {
		return false
	}
	toks := a.s.Toks
	for _, sp := range a.spansOf(dSpecial, nil) {
		for m := max(0, sp.i-2); m < sp.i; m++ {
			if statingCopulas[toks[m].Norm] {
				return true // « Karim et Léa sont séropositifs »: a state told of persons
			}
		}
	}
	from = a.authorAfter(a.titleEnd(from))
	for k := from; k < len(toks); k++ {
		if relativePronouns[toks[k].Norm] {
			return true // « Paul, qui sort de prison, remplace Léa »: a fact told of someone
		}
		if k > from && toks[k].Has(text.Cap) && toks[k].Sep == 0 && toks[k-1].Has(text.Cap) && toks[k-1].IsAny(cFirst, cAmbig) {
			return true // a first name and a surname: a character's name seldom, a member's often
		}
	}
	return !a.linkedNames(from)
}

// relativePronouns open a clause that tells a fact of someone.
var relativePronouns = pronounUses.of("relative")

// linkedNames: from token from on, two names stand with a word between
// them that is neither « et », "and" nor a particle (« Gepetto, malade,
// envoie Pinocchio »): one acts on the other, as characters
// do; « Karim Haddad et Léa Roux » are only listed.
func (a *analysis) linkedNames(from int) bool {
	toks := a.s.Toks
	seen, linked := false, false
	for k := from; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Has(text.Cap) || t.Is(cCivility):
			if seen && linked {
				return true
			}
			seen, linked = true, false
		case !pairJoiners[t.Norm] && !isParticle(t.Norm):
			linked = linked || seen
		}
	}
	return false
}

// pairJoiners list names without linking them (data/words/pair_joiners.txt).
var pairJoiners = lexicon.Words(lexicon.Data, "pair_joiners")

// statingCopulas state what someone is.
var statingCopulas = auxiliaryUses.of("stating")
