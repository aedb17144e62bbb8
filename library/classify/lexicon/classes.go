package lexicon

import "tamis/library/classify/text"

// WordInfo is what the lexicon knows of a word: its classes and the
// combined trie's node for entries starting with it.
type WordInfo struct {
	Cls  text.ClassSet
	Root *Node
}

// ClassBuilder gathers the words of each class before Build packs them.
type ClassBuilder map[string]WordInfo

// Add puts every word of words in class c.
func (b ClassBuilder) Add(words WordSet, c text.Class) {
	for w := range words {
		info := b[w]
		info.Cls.Add(c)
		b[w] = info
	}
}

// Build gives every word that starts an entry of d its node in d, and
// packs the look-up.
func (b ClassBuilder) Build(d *Dict) *Classes {
	for w, child := range d.root.next {
		info := b[w]
		info.Root = child
		b[w] = info
	}
	cl := &Classes{index: make(map[string]uint32, len(b)), infos: []WordInfo{{}}}
	seen := map[WordInfo]uint32{{}: 0}
	for w, info := range b {
		k, ok := seen[info]
		if !ok {
			k = uint32(len(cl.infos))
			seen[info] = k
			cl.infos = append(cl.infos, info)
		}
		cl.index[w] = k
	}
	return cl
}

// Classes is the one look-up per token: a word's classes and its node in
// the phrase trie, found together. The 40,000 words share a few thousand
// distinct answers: the map holds only their index, so that more of it
// stays in the processor's cache (the look-up is the classifier's
// hottest memory access, once per token).
type Classes struct {
	index map[string]uint32 // word → its answer in infos; 0 (absent): none
	infos []WordInfo        // the distinct answers; infos[0] is the empty one
}

// Lookup returns what the lexicon knows of the folded word w: the empty
// answer for a word it does not know. The answer is shared: read only.
func (cl *Classes) Lookup(w string) *WordInfo { return &cl.infos[cl.index[w]] }
