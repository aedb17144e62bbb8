// Package lexicon is the classifier's vocabulary: the word lists under
// data/, embedded, their one loader, the phrase trie, the large French
// lexicons, and the look-up that gives a word its classes.
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"strings"

	"tamis/library/classify/text"
)

// The classifier's vocabulary is data, not code: every word list is a text
// file under data/ (see data/README.md), one word or phrase a line, read by
// ReadList. A référent adds a word by editing a file; the Go code only says
// what a list is for.

// Data is the embedded data/ directory.
//
//go:embed data
var Data embed.FS

// ReadList is the one loader of the vocabulary: the lines of a data file,
// trimmed, without blank lines and '#' comments. Sections of a table
// ("[health self-person]") are returned as they are, for termList.
func ReadList(fsys fs.FS, path string) ([]string, error) {
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

// MustList reads a list that ships with the binary: a missing or unreadable
// one is a fault of the build, caught by every test.
func MustList(fsys fs.FS, path string) []string {
	lines, err := ReadList(fsys, path)
	if err != nil {
		panic(fmt.Sprintf("classify: vocabulary %s: %v", path, err))
	}
	return lines
}

// Words is the set of the folded words of data/words/<name>.txt files.
func Words(fsys fs.FS, names ...string) WordSet {
	s := WordSet{}
	for _, n := range names {
		for _, w := range MustList(fsys, "data/words/"+n+".txt") {
			s[text.Fold(w)] = true
		}
	}
	return s
}

// Pairs is the entries of data/words/<name>.txt that pair a word with
// another one or a value, « pr pour », « six 6 »: each folded, split at
// the first space. A line with one word is a fault of the build.
func Pairs(fsys fs.FS, name string) [][2]string {
	path := "data/words/" + name + ".txt"
	var pairs [][2]string
	for _, line := range MustList(fsys, path) {
		first, rest, ok := strings.Cut(line, " ")
		if !ok {
			panic(fmt.Sprintf("classify: vocabulary %s: %q is no pair", path, line))
		}
		pairs = append(pairs, [2]string{text.Fold(first), text.Fold(strings.TrimSpace(rest))})
	}
	return pairs
}

// Phrases is the entries of data/phrases/<name>.txt, one phrase a line.
func Phrases(fsys fs.FS, name string) []string {
	return MustList(fsys, "data/phrases/"+name+".txt")
}

// LoadWords reads the name lists, one entry a line; a missing file is an
// empty list so that the package builds while data is being gathered.
func LoadWords(fsys fs.FS, paths ...string) WordSet {
	s := WordSet{}
	for _, p := range paths {
		lines, err := ReadList(fsys, p)
		if err != nil {
			continue
		}
		for _, l := range lines {
			s[text.Fold(l)] = true
		}
	}
	return s
}

// ListEntries feeds a list of phrases, every entry with value 1.
func ListEntries(list []string) func(func(string, int)) {
	return func(add func(string, int)) {
		for _, e := range list {
			add(e, 1)
		}
	}
}
