package lexicon

import "strings"

// A look-up in a sorted list is a binary search of some twenty steps,
// each a backward scan for the line start: the commune list is asked at
// every capitalised word and the French words at every unknown one, and
// most of these words are in neither. A one-bit-per-hash filter, built
// when the list is read, answers most of these misses in one memory
// access; a word of the list always finds its bit set, so the answers
// are the same as without it.

// lineFilter holds one bit per hash of a line's key.
type lineFilter struct {
	bits []uint64
	mask uint32 // number of bits - 1, a power of two minus one
}

// newLineFilter sets the bit of every line of data, keyed up to its
// first tab when tab is set, in a table of about perKey bits per line.
func newLineFilter(data string, tab bool, perKey int) lineFilter {
	lines := strings.Count(data, "\n")
	size := 64
	for size < perKey*lines {
		size <<= 1
	}
	f := lineFilter{bits: make([]uint64, size/64), mask: uint32(size - 1)}
	for len(data) > 0 {
		line, rest, _ := strings.Cut(data, "\n")
		if tab {
			line, _, _ = strings.Cut(line, "\t")
		}
		b := filterHash(line) & f.mask
		f.bits[b>>6] |= 1 << (b & 63)
		data = rest
	}
	return f
}

// mayHold reports false when key is certainly not a key of the list.
func (f lineFilter) mayHold(key string) bool {
	if f.bits == nil {
		return true // no filter: ask the list
	}
	b := filterHash(key) & f.mask
	return f.bits[b>>6]&(1<<(b&63)) != 0
}

// filterHash is FNV-1a: a few cycles for a short word, no seed to keep.
func filterHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}
