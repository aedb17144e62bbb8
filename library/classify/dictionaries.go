package classify

import "sync"

// lexicon holds every static dictionary, compiled once per process.
type lexicon struct {
	firstnames wordSet // first names that are seldom common words
	ambiguous  wordSet // first names that are also words: Rose, Pierre, Claire
	lastnames  wordSet
	words      wordSet // common capitalised words that are not names
	venues     wordSet // words naming a place or body after a person: rue, salle...
	venueLinks wordSet
	civility   wordSet
	acronyms   wordSet
	all        *phraseDict // every static phrase list, see tags.go
	class      map[string]wordInfo
	nameCtx    wordSet // words before a lone first name that make it a person
	persons    wordSet // singular nouns of a person
	roles      wordSet // single roles of a small association
	bodies     wordSet // public bodies: a role of theirs is public
	population wordSet // plural nouns of the association's public
	photo      wordSet
}

// sharedLexicon builds the dictionaries on first use.
var sharedLexicon = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	lx := &lexicon{
		firstnames: loadWords("data/firstnames.txt", "data/firstnames_extra.txt"),
		ambiguous:  loadWords("data/firstnames_ambiguous.txt"),
		lastnames:  loadWords("data/lastnames.txt", "data/lastnames_extra.txt", "data/lastnames_zxcvbn.txt"),
		words:      wordList("common_cap_words", "day_month_words", "venue_words"),
		venues:     wordList("venue_words"),
		venueLinks: wordList("venue_link_words"),
		civility:   wordList("civility_words"),
		acronyms:   wordList("acronym_words"),
		nameCtx:    wordList("name_context_words"),
		persons:    wordList("person_nouns"),
		roles:      wordList("role_nouns"),
		bodies:     wordList("public_bodies"),
		population: wordList("population_nouns"),
		photo:      wordList("photo_words"),
	}
	for w := range loadWords("data/firstnames_dropped.txt") {
		delete(lx.firstnames, w)
	}
	for w := range lx.ambiguous {
		delete(lx.firstnames, w)
	}
	for w := range lx.venues {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range wordList("day_month_words") {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range wordList("common_cap_words", "firstname_words") {
		if lx.firstnames[w] {
			delete(lx.firstnames, w)
			lx.ambiguous[w] = true
		}
	}
	lx.all = combine([numDicts]func(func(string, int)){
		dSpecial:     termEntries(specialTerms),
		dStrategy:    termEntries(strategyTerms),
		dGeneric:     listEntries(phraseList("generic_markers")),
		dPublished:   listEntries(phraseList("published_markers")),
		dGray:        termEntries(grayTerms),
		dQuasi:       termEntries(quasiTerms),
		dTitles:      listEntries(phraseList("title_words")),
		dGrantIntent: listEntries(phraseList("grant_intent_words")),
		dFunding:     listEntries(phraseList("funding_words")),
	})
	lx.buildClasses()
	return lx
}
