package classify

import (
	"fmt"
	"io/fs"
	"sync"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// dictionaries holds every static dictionary, compiled once per process from
// the data files (lexicon/vocab.go).
type dictionaries struct {
	firstnames lexicon.WordSet // first names that are seldom common words
	ambiguous  lexicon.WordSet // first names that are also words: Rose, Pierre, Claire
	lastnames  lexicon.WordSet
	all        *lexicon.Dict // every static phrase list, see word_classes.go
	class      *lexicon.Classes

	// the tables of the phrase rules; a trie value v is the entry of
	// section v-1
	special, strategy, gray, quasi []term
}

// sharedLexicon builds the dictionaries on first use.
var sharedLexicon = sync.OnceValue(func() *dictionaries { return buildLexicon(lexicon.Data) })

// buildLexicon reads every word list from fsys (the embedded data/, or a
// test's copy of it).
func buildLexicon(fsys fs.FS) *dictionaries {
	lx := &dictionaries{
		firstnames: lexicon.LoadWords(fsys, "data/firstnames.txt", "data/firstnames_extra.txt", "data/firstnames_gaelic.txt"),
		ambiguous:  lexicon.LoadWords(fsys, "data/firstnames_ambiguous.txt"),
		lastnames:  lexicon.LoadWords(fsys, "data/lastnames.txt", "data/lastnames_extra.txt", "data/lastnames_zxcvbn.txt"),
		special:    ruleTerms(fsys, specialTables...),
		strategy:   ruleTerms(fsys, "strategy_terms", "strategy_everyday_terms", "dispute_terms"),
		gray:       ruleTerms(fsys, "gray_terms"),
		quasi:      termList(fsys, "quasi_terms"),
	}
	venues := lexicon.Words(fsys, "venue_words")
	lx.pruneFirstnames(fsys, venues)
	lx.all = combine([numDicts]func(func(string, int)){
		dSpecial:     termEntries(lx.special),
		dStrategy:    termEntries(lx.strategy),
		dGeneric:     lexicon.ListEntries(lexicon.Phrases(fsys, "generic_markers")),
		dPublished:   lexicon.ListEntries(lexicon.Phrases(fsys, "published_markers")),
		dGray:        termEntries(lx.gray),
		dQuasi:       termEntries(lx.quasi),
		dTitles:      lexicon.ListEntries(lexicon.Phrases(fsys, "title_words")),
		dGrantIntent: lexicon.ListEntries(lexicon.Phrases(fsys, "grant_intent_words")),
		dFunding:     lexicon.ListEntries(lexicon.Phrases(fsys, "funding_words")),
		dCue:         listEntries(fsys, cueFiles[:]),
		dPending:     listEntries(fsys, pendingFiles[:]),
		dAffair:      listEntries(fsys, affairFiles[:]),
		dUntold:      listEntries(fsys, untoldFiles[:]),
		dDecided:     lexicon.ListEntries(lexicon.Phrases(fsys, "public_decisions")),
	})
	lx.buildClasses(fsys, map[text.Class]lexicon.WordSet{
		cFirst: lx.firstnames, cAmbig: lx.ambiguous, cLast: lx.lastnames, cVenue: venues,
	})
	return lx
}

// pruneFirstnames takes out of the first names the words that are seldom
// names, and moves to the ambiguous ones those that are often words.
func (lx *dictionaries) pruneFirstnames(fsys fs.FS, venues lexicon.WordSet) {
	for w := range lexicon.LoadWords(fsys, "data/firstnames_dropped.txt") {
		delete(lx.firstnames, w)
	}
	for w := range lx.ambiguous {
		delete(lx.firstnames, w)
	}
	for w := range venues {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range lexicon.Words(fsys, "day_names", "month_names") {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range lexicon.Words(fsys, "common_cap_words", "firstname_words") {
		if lx.firstnames[w] {
			delete(lx.firstnames, w)
			lx.ambiguous[w] = true
		}
	}
}

// ruleTerms reads tables whose sections name rules, in order (an entry
// of an earlier table wins): a section that names none (a typo in a data
// file) would match and report nothing.
func ruleTerms(fsys fs.FS, names ...string) []term {
	var terms []term
	for _, name := range names {
		for _, t := range termList(fsys, name) {
			if t.rule == ruleNone {
				panic(fmt.Sprintf("classify: vocabulary data/phrases/%s.txt: [%s] names no rule (see rules.go)", name, t.kind))
			}
			terms = append(terms, t)
		}
	}
	return terms
}
