package lexicon

import (
	"maps"
	"slices"
	"strings"

	"tamis/library/classify/text"
)

// WordInfo is what the lexicon knows of a word: its classes and the
// combined trie's node for entries starting with it.
type WordInfo struct {
	Cls  text.ClassSet
	Root *Node
	root rootInfo // what the walk needs of Root, kept here (root_info.go)
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
	var vals []int32
	for w, child := range d.root.next {
		info := b[w]
		info.Root = child
		info.root, vals = packRoot(child, vals)
		b[w] = info
	}
	size := 1
	for size < 3*len(b) {
		size <<= 1
	}
	cl := &Classes{seed: newHashSeed(), slots: make([]classSlot, size), mask: uint64(size - 1),
		infos: []WordInfo{{}}, odd: map[string]uint32{}, known: newHashFilter(len(b)), rootVals: vals}
	seen := map[WordInfo]uint32{{}: 0}
	var arena strings.Builder
	for _, w := range slices.Sorted(maps.Keys(b)) { // the same table on every run
		info := b[w]
		k, ok := seen[info]
		if !ok {
			k = uint32(len(cl.infos))
			seen[info] = k
			cl.infos = append(cl.infos, info)
		}
		if w == "" || len(w) > maxKey {
			cl.odd[w] = k // none in the shipped lists; kept all the same
			continue
		}
		h := wordHash(cl.seed, w)
		i := h & cl.mask
		for cl.slots[i].n != 0 {
			i = (i + 1) & cl.mask
		}
		cl.slots[i] = classSlot{off: uint32(arena.Len()), n: uint16(len(w)), fp: uint16(h >> 48), info: k}
		arena.WriteString(w)
		cl.known.add(h)
	}
	cl.arena = arena.String()
	return cl
}

// Classes is the one look-up per token: a word's classes and its node in
// the phrase trie, found together. It is the classifier's hottest memory
// access, once per token, so it is packed: an open-addressing table of
// small slots (a third full, so that a miss ends at once), the words in
// one string, and the 2,000-odd distinct answers of the 40,000 words in
// one short table.
type Classes struct {
	seed  uint64 // of wordHash (word_hash.go)
	slots []classSlot
	mask  uint64 // len(slots) - 1, a power of two minus one
	arena string // the words, end to end
	infos []WordInfo
	odd   map[string]uint32 // the empty word and the words longer than maxKey
	known hashFilter        // a bit per word's hash: most unknown words stop here (hash_filter.go)

	rootVals []int32 // the values of the one-word entries, by rootInfo
}

// classSlot is one word of Classes; n == 0: an empty slot.
type classSlot struct {
	off  uint32 // the word is arena[off:off+n]
	n    uint16
	fp   uint16 // the top bits of the word's hash: most mismatches stop here
	info uint32 // its answer in infos
}

// maxKey is the longest word a slot holds.
const maxKey = 1<<16 - 1

// Lookup returns what the lexicon knows of the folded word w: the empty
// answer for a word it does not know. The answer is shared: read only.
func (cl *Classes) Lookup(w string) *WordInfo {
	if w == "" || len(w) > maxKey {
		return &cl.infos[cl.odd[w]]
	}
	if s := cl.find(w, wordHash(cl.seed, w)); s != nil {
		return &cl.infos[s.info]
	}
	return &cl.infos[0]
}

// find returns the slot of w, whose hash is h, or nil.
func (cl *Classes) find(w string, h uint64) *classSlot {
	if !cl.known.mayHold(h) {
		return nil
	}
	fp := uint16(h >> 48)
	for i := h & cl.mask; ; i = (i + 1) & cl.mask {
		s := &cl.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.fp == fp && int(s.n) == len(w) && cl.arena[s.off:s.off+uint32(s.n)] == w {
			return s
		}
	}
}
