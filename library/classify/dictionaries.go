package classify

import (
	"fmt"
	"io/fs"
	"strings"
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
		dSenses:      lexicon.ListEntries(lexicon.Phrases(fsys, "other_senses")),
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
	return append(terms, pluralsOf(terms)...)
}

// pluralsOf returns, for the words of an orientation that describe a
// person by themselves (selfPerson: « lesbienne », "bisexual"), their
// plurals the tables do not list (« Mes voisines sont lesbiennes », « Les
// deux sœurs sont bisexuelles »: a red team found them passing), after
// every table, so that a listed entry keeps its own section; a plural is
// judged as a group's. The plurals of other kinds (« détenus »,
// « malvoyants ») name a public the association serves, and adding them
// flagged public texts on the labelled sets.
func pluralsOf(terms []term) []term {
	listed := map[string]bool{}
	for _, t := range terms {
		for _, e := range t.entries {
			listed[e] = true
		}
	}
	var plurals []term
	for _, t := range terms {
		if t.flags&selfPerson == 0 || t.rule != ruleSexuality {
			continue // « détenus », « malvoyants » are a public the association serves: left to the tables
		}
		p := term{kind: t.kind, rule: t.rule, flags: t.flags &^ selfPerson} // a plural describes a group: judged as one
		for _, e := range t.entries {
			if strings.ContainsAny(e, " '-") || strings.HasSuffix(e, "s") || strings.HasSuffix(e, "x") || strings.HasSuffix(e, "z") {
				continue
			}
			if pl := e + "s"; !listed[pl] {
				listed[pl] = true
				p.entries = append(p.entries, pl)
			}
		}
		if len(p.entries) > 0 {
			plurals = append(plurals, p)
		}
	}
	return plurals
}
