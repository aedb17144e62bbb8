package lexicon

import "tamis/library/classify/text"

// WordInfo is what the lexicon knows of a word: its classes and the
// combined trie's node for entries starting with it.
type WordInfo struct {
	Cls  text.ClassSet
	Root *Node
}

// Classes is the one look-up per token: a word's classes and its node in
// the phrase trie, found together.
type Classes map[string]WordInfo

// Add puts every word of words in class c.
func (cl Classes) Add(words WordSet, c text.Class) {
	for w := range words {
		info := cl[w]
		info.Cls.Add(c)
		cl[w] = info
	}
}

// Link gives every word that starts an entry of d its node in d.
func (cl Classes) Link(d *Dict) {
	for w, child := range d.root.next {
		info := cl[w]
		info.Root = child
		cl[w] = info
	}
}
