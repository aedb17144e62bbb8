package classify

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"tamis/library/classify/text"
)

// The classifier's vocabulary is data, not code: every word list is a text
// file under data/ (see data/README.md), one word or phrase a line, read by
// readList. A référent adds a word by editing a file; the Go code only says
// what a list is for.
//
//go:embed data
var dataFS embed.FS

// readList is the one loader of the vocabulary: the lines of a data file,
// trimmed, without blank lines and '#' comments. Sections of a table
// ("[health self-person]") are returned as they are, for termList.
func readList(fsys fs.FS, path string) ([]string, error) {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return nil, err
	}
	var out []string
	for line := range strings.SplitSeq(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out, nil
}

// mustList reads a list that ships with the binary: a missing or unreadable
// one is a fault of the build, caught by every test.
func mustList(fsys fs.FS, path string) []string {
	lines, err := readList(fsys, path)
	if err != nil {
		panic(fmt.Sprintf("classify: vocabulary %s: %v", path, err))
	}
	return lines
}

// wordList is the set of the folded words of data/words/<name>.txt files.
func wordList(fsys fs.FS, names ...string) wordSet {
	s := wordSet{}
	for _, n := range names {
		for _, w := range mustList(fsys, "data/words/"+n+".txt") {
			s[text.Fold(w)] = true
		}
	}
	return s
}

// phraseList is the entries of data/phrases/<name>.txt, one phrase a line.
func phraseList(fsys fs.FS, name string) []string {
	return mustList(fsys, "data/phrases/"+name+".txt")
}

// loadWords reads the name lists, one entry a line; a missing file is an
// empty list so that the package builds while data is being gathered.
func loadWords(fsys fs.FS, paths ...string) wordSet {
	s := wordSet{}
	for _, p := range paths {
		lines, err := readList(fsys, p)
		if err != nil {
			continue
		}
		for _, l := range lines {
			s[text.Fold(l)] = true
		}
	}
	return s
}

// listEntries feeds a list of phrases, every entry with value 1.
func listEntries(list []string) func(func(string, int)) {
	return func(add func(string, int)) {
		for _, e := range list {
			add(e, 1)
		}
	}
}

// term is a section of a table: entries with the rule they belong to.
type term struct {
	kind    string // section name: a rule (health, merger…) or a quasi-identifier (age, place…)
	rule    RuleID // the rule named by kind, ruleNone for a quasi-identifier
	entries []string
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

// flagNames spell the flags in the data files.
var flagNames = map[string]termFlags{
	"self-person": selfPerson, "weak": weak, "strong": strong, "cap-only": capOnly,
	"not-after-elision": notAfterElision, "need-money": needMoney,
}

// termList reads a table, data/phrases/<name>.txt: sections
// "[kind flag…]", each followed by its entries, in order.
func termList(fsys fs.FS, name string) []term {
	path := "data/phrases/" + name + ".txt"
	var terms []term
	for _, line := range mustList(fsys, path) {
		if !strings.HasPrefix(line, "[") {
			if len(terms) == 0 {
				panic(fmt.Sprintf("classify: vocabulary %s: entry %q before any [section]", path, line))
			}
			terms[len(terms)-1].entries = append(terms[len(terms)-1].entries, line)
			continue
		}
		fields := strings.Fields(strings.Trim(line, "[]"))
		if len(fields) == 0 {
			panic(fmt.Sprintf("classify: vocabulary %s: empty section", path))
		}
		t := term{kind: fields[0], rule: ruleNamed(fields[0])}
		for _, f := range fields[1:] {
			fl, ok := flagNames[f]
			if !ok {
				panic(fmt.Sprintf("classify: vocabulary %s: unknown flag %q", path, f))
			}
			t.flags |= fl
		}
		terms = append(terms, t)
	}
	return terms
}

// termEntries feeds terms; the value of each entry is its index + 1.
func termEntries(terms []term) func(func(string, int)) {
	return func(add func(string, int)) {
		for k, t := range terms {
			for _, e := range t.entries {
				add(e, k+1)
			}
		}
	}
}
