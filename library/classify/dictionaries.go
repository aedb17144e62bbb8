package classify

import (
	"fmt"
	"io/fs"
	"sync"

	"tamis/library/classify/text"
)

// lexicon holds every static dictionary, compiled once per process from
// the data files (vocab.go).
type lexicon struct {
	firstnames wordSet // first names that are seldom common words
	ambiguous  wordSet // first names that are also words: Rose, Pierre, Claire
	lastnames  wordSet
	all        *phraseDict // every static phrase list, see word_classes.go
	class      map[string]wordInfo

	// the tables of the phrase rules; a trie value v is the entry of
	// section v-1
	special, strategy, gray, quasi []term
}

// sharedLexicon builds the dictionaries on first use.
var sharedLexicon = sync.OnceValue(func() *lexicon { return buildLexicon(dataFS) })

// buildLexicon reads every word list from fsys (the embedded data/, or a
// test's copy of it).
func buildLexicon(fsys fs.FS) *lexicon {
	lx := &lexicon{
		firstnames: loadWords(fsys, "data/firstnames.txt", "data/firstnames_extra.txt"),
		ambiguous:  loadWords(fsys, "data/firstnames_ambiguous.txt"),
		lastnames:  loadWords(fsys, "data/lastnames.txt", "data/lastnames_extra.txt", "data/lastnames_zxcvbn.txt"),
		special:    ruleTerms(fsys, "special_terms"),
		strategy:   ruleTerms(fsys, "strategy_terms"),
		gray:       ruleTerms(fsys, "gray_terms"),
		quasi:      termList(fsys, "quasi_terms"),
	}
	venues := wordList(fsys, "venue_words")
	lx.pruneFirstnames(fsys, venues)
	lx.all = combine([numDicts]func(func(string, int)){
		dSpecial:     termEntries(lx.special),
		dStrategy:    termEntries(lx.strategy),
		dGeneric:     listEntries(phraseList(fsys, "generic_markers")),
		dPublished:   listEntries(phraseList(fsys, "published_markers")),
		dGray:        termEntries(lx.gray),
		dQuasi:       termEntries(lx.quasi),
		dTitles:      listEntries(phraseList(fsys, "title_words")),
		dGrantIntent: listEntries(phraseList(fsys, "grant_intent_words")),
		dFunding:     listEntries(phraseList(fsys, "funding_words")),
		dCue:         cueEntries(fsys),
	})
	lx.buildClasses(fsys, map[text.Class]wordSet{
		cFirst: lx.firstnames, cAmbig: lx.ambiguous, cLast: lx.lastnames, cVenue: venues,
	})
	return lx
}

// pruneFirstnames takes out of the first names the words that are seldom
// names, and moves to the ambiguous ones those that are often words.
func (lx *lexicon) pruneFirstnames(fsys fs.FS, venues wordSet) {
	for w := range loadWords(fsys, "data/firstnames_dropped.txt") {
		delete(lx.firstnames, w)
	}
	for w := range lx.ambiguous {
		delete(lx.firstnames, w)
	}
	for w := range venues {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range wordList(fsys, "day_month_words") {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range wordList(fsys, "common_cap_words", "firstname_words") {
		if lx.firstnames[w] {
			delete(lx.firstnames, w)
			lx.ambiguous[w] = true
		}
	}
}

// ruleTerms reads a table whose sections name rules: a section that names
// none (a typo in a data file) would match and report nothing.
func ruleTerms(fsys fs.FS, name string) []term {
	terms := termList(fsys, name)
	for _, t := range terms {
		if t.rule == ruleNone {
			panic(fmt.Sprintf("classify: vocabulary data/phrases/%s.txt: [%s] names no rule (see rules.go)", name, t.kind))
		}
	}
	return terms
}
