package lexicon

// The slots of Classes spread 40,000 words over a few megabytes: almost
// every look-up misses the processor's cache, two or three times (slot,
// word, answer). A text repeats a few hundred short words (« le », « de »,
// « pour »), so a small table of the answers found last keeps them close.

// cacheSize is the number of words a WordCache holds. A batch of short
// notes (classify --jsonl) speaks of a few thousand words: with 512 slots
// half the look-ups of the short-lines benchmark went past the cache,
// with 4,096 (128 KB, in the second-level cache) a third, nearly all of
// them words no list holds, which are never kept.
const cacheSize = 4096

// WordCache remembers recent answers of one Classes. It holds only words
// of the lexicon (its own strings), never a word of the text it read.
// It is not safe for concurrent use: each analysis keeps its own.
type WordCache struct {
	owner *Classes
	slots [cacheSize]cachedWord
}

type cachedWord struct {
	w    string // the lexicon's copy of the word
	info *WordInfo
}

// LookupCached is Lookup through c: the same answer, faster for a word
// met recently.
func (cl *Classes) LookupCached(w string, c *WordCache) *WordInfo {
	if w == "" || len(w) > maxKey {
		return cl.Lookup(w)
	}
	if c.owner != cl {
		*c = WordCache{owner: cl} // another lexicon's answers would be wrong
	}
	h := wordHash(cl.seed, w)
	s := &c.slots[h&(cacheSize-1)]
	if s.info != nil && s.w == w {
		return s.info
	}
	slot := cl.find(w, h)
	if slot == nil {
		return &cl.infos[0] // unknown words (names, typos) are not kept
	}
	s.w, s.info = cl.arena[slot.off:slot.off+uint32(slot.n)], &cl.infos[slot.info]
	return s.info
}
