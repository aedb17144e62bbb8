package classify

import (
	"fmt"
	"io/fs"
	"strings"

	"tamis/library/classify/lexicon"
	"tamis/library/classify/text"
)

// The closed classes of grammar the rules read around a word —
// auxiliaries, prepositions, pronouns — are one file each under
// data/words/, not a set in each rule's Go file. Each rule reads its own
// part of a class: a line holds a word and the uses that read it
// (« avait  stay arrival avoir »), and a rule asks for its use by name.
// The file is read once, when the package starts.
var (
	auxiliaryUses   = readWordUses(lexicon.Data, "auxiliaries")
	prepositionUses = readWordUses(lexicon.Data, "prepositions")
	pronounUses     = readWordUses(lexicon.Data, "pronouns")
)

// wordUses are the words of a class file, by use.
type wordUses struct {
	name string
	sets map[string]lexicon.WordSet
}

// readWordUses reads data/words/<name>.txt: a word a line, folded, then
// the names of its uses. A word with no use is a fault of the file.
func readWordUses(fsys fs.FS, name string) wordUses {
	u := wordUses{name: name, sets: map[string]lexicon.WordSet{}}
	for _, line := range lexicon.MustList(fsys, "data/words/"+name+".txt") {
		f := strings.Fields(line)
		if len(f) < 2 {
			panic(fmt.Sprintf("classify: vocabulary %s: %q has no use", name, line))
		}
		w := text.Fold(f[0])
		for _, use := range f[1:] {
			if u.sets[use] == nil {
				u.sets[use] = lexicon.WordSet{}
			}
			u.sets[use][w] = true
		}
	}
	return u
}

// of returns the words of a use. A use the file does not hold is a fault
// of the build (a misspelt name would read as an empty set), caught by
// every test as the package starts.
func (u wordUses) of(use string) lexicon.WordSet {
	s, ok := u.sets[use]
	if !ok {
		panic(fmt.Sprintf("classify: vocabulary %s: no word has the use %q", u.name, use))
	}
	return s
}
