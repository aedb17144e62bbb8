package direct

// The scanner asks at every word start whether a keyword or a host may
// begin there. A Go map keyed by a string costs a hash and a comparison
// per word; these tables answer from the first bytes alone.

// bitPairs is a set of byte pairs, one bit each (8 KB).
type bitPairs [1 << 16 / 64]uint64

func (p *bitPairs) set(a, b byte) {
	k := uint(a)<<8 | uint(b)
	p[k>>6] |= 1 << (k & 63)
}

func (p *bitPairs) has(a, b byte) bool {
	k := uint(a)<<8 | uint(b)
	return p[k>>6]&(1<<(k&63)) != 0
}

// key3 packs three bytes.
func key3(a, b, c byte) uint32 { return uint32(a)<<16 | uint32(b)<<8 | uint32(c) }

// keywordTable maps key3 of a word start to the keywords beginning so:
// an open-addressing table of a few hundred slots, with no string hash.
type keywordTable struct {
	keys  []uint32 // key3 + 1 of each slot; 0: empty
	lists [][]keyword
	mask  uint32
}

func newKeywordTable(m map[uint32][]keyword) *keywordTable {
	size := 1
	for size < 4*len(m) {
		size <<= 1
	}
	t := &keywordTable{keys: make([]uint32, size), lists: make([][]keyword, size), mask: uint32(size - 1)}
	for k, list := range m {
		i := t.slot(k)
		for t.keys[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.lists[i] = k+1, list
	}
	return t
}

func (t *keywordTable) slot(k uint32) uint32 { return (k * 0x9e3779b1) >> 16 & t.mask }

// get returns the keywords starting with the three bytes of k, or nil.
func (t *keywordTable) get(k uint32) []keyword {
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k + 1:
			return t.lists[i]
		case 0:
			return nil
		}
	}
}
