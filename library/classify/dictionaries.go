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
	firstnames  wordSet // first names that are seldom common words
	ambiguous   wordSet // first names that are also words: Rose, Pierre, Claire
	lastnames   wordSet
	words       wordSet // common capitalised words that are not names
	venues      wordSet // words naming a place or body after a person: rue, salle...
	venueLinks  wordSet
	civility    wordSet
	acronyms    wordSet
	titles      *phraseDict // public figures: ministre, maire...
	nameCtx     wordSet     // words before a lone first name that make it a person
	special     *phraseDict // values index specialTerms
	strategy    *phraseDict // values index strategyTerms
	generic     *phraseDict // public or generic use of sensitive vocabulary
	published   *phraseDict // "rapport annuel publié", "bilan en ligne"
	grantIntent *phraseDict // "on va solliciter", "on prépare le dossier"
	funding     *phraseDict // "subvention", "fondation", "appel à projets"
	gray        *phraseDict // values index grayTerms
	quasi       *phraseDict // values index quasiKinds
	persons     wordSet     // singular nouns of a person
	roles       wordSet     // single roles of a small association
	bodies      wordSet     // public bodies: a role of theirs is public
	population  wordSet     // plural nouns of the association's public
	photo       wordSet
}

// sharedLexicon builds the dictionaries on first use.
var sharedLexicon = sync.OnceValue(buildLexicon)

func buildLexicon() *lexicon {
	lx := &lexicon{
		firstnames:  loadWords("data/firstnames.txt", "data/firstnames_extra.txt"),
		ambiguous:   loadWords("data/firstnames_ambiguous.txt"),
		lastnames:   loadWords("data/lastnames.txt", "data/lastnames_extra.txt"),
		words:       newWordSet(commonCapWords, dayMonthWords, venueWordList),
		venues:      newWordSet(venueWordList),
		venueLinks:  newWordSet(venueLinkWords),
		civility:    newWordSet(civilityWords),
		acronyms:    newWordSet(acronymWords),
		nameCtx:     newWordSet(nameContextWords),
		persons:     newWordSet(personNouns),
		roles:       newWordSet(roleNouns),
		bodies:      newWordSet(publicBodies),
		population:  newWordSet(populationNouns),
		photo:       newWordSet(photoWords),
		titles:      dictOf(titleWords),
		generic:     dictOf(genericMarkers),
		published:   dictOf(publishedMarkers),
		grantIntent: dictOf(grantIntentWords),
		funding:     dictOf(fundingWords),
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
	lx.special = termDict(specialTerms)
	lx.strategy = termDict(strategyTerms)
	lx.gray = termDict(grayTerms)
	lx.quasi = termDict(quasiTerms)
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

// dictOf compiles a list of entries, one per line, all with value 1.
func dictOf(list string) *phraseDict {
	d := newPhraseDict()
	for _, line := range strings.Split(list, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			for _, e := range strings.Split(line, ",") {
				d.add(e, 1)
			}
		}
	}
	return d
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
)

// termDict compiles terms; the value of each entry is its index + 1.
func termDict(terms []term) *phraseDict {
	d := newPhraseDict()
	for k, t := range terms {
		for _, e := range strings.Split(t.entries, ",") {
			d.add(e, k+1)
		}
	}
	return d
}
