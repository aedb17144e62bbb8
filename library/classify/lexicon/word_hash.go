package lexicon

import (
	"hash/maphash"
	"math/bits"
	"unsafe"
)

// Every token is hashed once, to find its classes: hash/maphash costs
// two calls and a loop for a five-byte word. wordHash reads a short word
// in two loads (overlapping, as wyhash does) and mixes them with one
// multiplication; its quality is that of wyhash's, enough for the slot,
// the fingerprint and the filter bits that Classes takes from it.

const (
	hashK1 = 0xa0761d6478bd642f
	hashK2 = 0xe7037ed1a0b428db
	hashK3 = 0x8ebc6af09c88c6e3
)

// newHashSeed returns a seed drawn at random once per table.
func newHashSeed() uint64 { return maphash.String(maphash.MakeSeed(), "tamis") | 1 }

// wordHash hashes w with seed.
func wordHash(seed uint64, w string) uint64 {
	n := len(w)
	h := seed ^ uint64(n)*hashK3
	for len(w) > 16 { // long words are rare: sixteen bytes a step
		h = mum(load64(w, 0)^hashK1^h, load64(w, 8)^hashK2)
		w = w[16:]
	}
	var a, b uint64
	switch m := len(w); {
	case m >= 8:
		a, b = load64(w, 0), load64(w, m-8)
	case m >= 4:
		a, b = uint64(load32(w, 0)), uint64(load32(w, m-4))
	case m > 0:
		a = uint64(w[0])<<16 | uint64(w[m>>1])<<8 | uint64(w[m-1])
	}
	return mum(a^hashK1^h, b^hashK2^seed)
}

// mum folds the 128-bit product of x and y.
func mum(x, y uint64) uint64 {
	hi, lo := bits.Mul64(x, y)
	return hi ^ lo
}

// load64 and load32 read eight and four bytes of w at off (within w),
// in the machine's order: the hash only has to agree with itself.
func load64(w string, off int) uint64 {
	return *(*uint64)(unsafe.Add(unsafe.Pointer(unsafe.StringData(w)), off))
}

func load32(w string, off int) uint32 {
	return *(*uint32)(unsafe.Add(unsafe.Pointer(unsafe.StringData(w)), off))
}
