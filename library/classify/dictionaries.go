package classify

import (
	"bufio"
	"embed"
	"io/fs"
	"strings"
	"sync"
)

// The name lists come from data/ (see data/SOURCES.md): first names of
// many origins, first names that are also common words (they need stronger
// evidence), and surnames.
//
//go:embed data
var dataFS embed.FS

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
		words:      newWordSet(commonCapWords, dayMonthWords, venueWordList),
		venues:     newWordSet(venueWordList),
		venueLinks: newWordSet(venueLinkWords),
		civility:   newWordSet(civilityWords),
		acronyms:   newWordSet(acronymWords),
		nameCtx:    newWordSet(nameContextWords),
		persons:    newWordSet(personNouns),
		roles:      newWordSet(roleNouns),
		bodies:     newWordSet(publicBodies),
		population: newWordSet(populationNouns),
		photo:      newWordSet(photoWords),
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
	for w := range newWordSet(dayMonthWords) {
		delete(lx.firstnames, w)
		delete(lx.ambiguous, w)
	}
	for w := range newWordSet(commonCapWords, firstnameWords) {
		if lx.firstnames[w] {
			delete(lx.firstnames, w)
			lx.ambiguous[w] = true
		}
	}
	lx.all = combine([numDicts]func(func(string, int)){
		dSpecial:     termEntries(specialTerms),
		dStrategy:    termEntries(strategyTerms),
		dGeneric:     listEntries(genericMarkers),
		dPublished:   listEntries(publishedMarkers),
		dGray:        termEntries(grayTerms),
		dQuasi:       termEntries(quasiTerms),
		dTitles:      listEntries(titleWords),
		dGrantIntent: listEntries(grantIntentWords),
		dFunding:     listEntries(fundingWords),
		dCue:         cueEntries,
	})
	lx.addWordFiles()
	lx.buildClasses()
	lx.addClassFiles()
	return lx
}

// loadWords reads embedded word lists, one entry a line; a missing file is
// an empty list so that the package builds while data is being gathered.
func loadWords(paths ...string) wordSet {
	s := wordSet{}
	for _, p := range paths {
		data, err := fs.ReadFile(dataFS, p)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(strings.NewReader(string(data)))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			s[foldWord(line)] = true
		}
	}
	return s
}

// listEntries feeds a comma-separated list, every entry with value 1.
func listEntries(list string) func(func(string, int)) {
	return func(add func(string, int)) {
		for _, e := range strings.Split(list, ",") {
			add(e, 1)
		}
	}
}

// term is a dictionary entry with the rule it belongs to.
type term struct {
	kind    string // rule name: health, religion, merger...
	entries string // comma-separated entries
	flags   termFlags
}

type termFlags uint8

const (
	// selfPerson: the word describes a person by itself ("diabétique",
	// "séropositif", "syndiqué"): singular, it needs no other anchor.
	selfPerson termFlags = 1 << iota
	// weak: only with a clear person anchor, never alone.
	weak
	// strong: blocked even without a person (strategy, confidentiality).
	strong
	// capOnly: only when written with a capital ("Solidaires", "SUD").
	capOnly
	// notAfterElision: not after "d'", "l'", "en" (a language: "cours d'arabe").
	notAfterElision
	// needMoney: only in a sentence that names an amount ("on propose
	// 800 €, ils en veulent 1 200").
	needMoney
)

// termEntries feeds terms; the value of each entry is its index + 1.
func termEntries(terms []term) func(func(string, int)) {
	return func(add func(string, int)) {
		for k, t := range terms {
			for _, e := range strings.Split(t.entries, ",") {
				add(e, k+1)
			}
		}
	}
}
