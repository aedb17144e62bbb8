package lexicon

// A quarter of the tokens of a text are words no list holds (names,
// numbers, typos): for each, the probe of Classes' slots is a cache miss
// in a table of megabytes. A bitset of the words' hashes, sixteen times
// smaller, stays in the processor's cache and answers most of them; a
// word of the lexicon always finds its bit, so the answers are the same.

// hashFilter holds one bit per hash, taken from bits of the hash that
// neither the slot index (the low ones) nor the fingerprint (the top
// 16) use.
type hashFilter struct {
	bits []uint64
	mask uint64 // number of bits - 1, a power of two minus one
}

// newHashFilter sizes a filter for n words, about sixteen bits each.
func newHashFilter(n int) hashFilter {
	size := 64
	for size < 16*n {
		size <<= 1
	}
	return hashFilter{bits: make([]uint64, size/64), mask: uint64(size - 1)}
}

func (f *hashFilter) add(h uint64) {
	b := h >> 24 & f.mask
	f.bits[b>>6] |= 1 << (b & 63)
}

// mayHold reports false when no word of the filter has the hash h.
func (f *hashFilter) mayHold(h uint64) bool {
	b := h >> 24 & f.mask
	return f.bits[b>>6]&(1<<(b&63)) != 0
}
