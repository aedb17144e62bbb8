package classify

import (
	"math/rand/v2"
	"testing"
)

// keptRunByBytes is keptRun without the eight-byte blocks.
func keptRunByBytes(orig string, i int) int {
	for i < len(orig) {
		if keptASCII[orig[i]] {
			i++
			continue
		}
		act, _, size := actionAt(orig, i)
		if act != keep {
			break
		}
		i += size
	}
	return i
}

// The blocks change nothing: on random texts of the bytes that matter
// (spaces, tabs, line breaks, controls, DEL, UTF-8 letters and invisible
// characters), keptRun stops where the byte loop does, from every start.
func TestKeptRunBlocksAgreeWithBytes(t *testing.T) {
	alphabet := []string{" ", " ", " ", "\t", "\n", "\r", "\x00", "\x1b", "\x7f", "~", "!", "a", "Z", "0", "é", "\u200b", "\u00a0", "\xff"}
	r := rand.New(rand.NewPCG(7, 11))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := r.IntN(40); k > 0; k-- {
			b = append(b, alphabet[r.IntN(len(alphabet))]...)
			if r.IntN(3) == 0 {
				b = append(b, "abcdefgh"[:r.IntN(9)]...)
			}
		}
		s := string(b)
		for i := 0; i <= len(s); i++ {
			if got, want := keptRun(s, i), keptRunByBytes(s, i); got != want {
				t.Fatalf("%q from %d: keptRun stops at %d, the byte loop at %d", s, i, got, want)
			}
		}
	}
}

// equalBytes marks exactly the bytes equal to the one asked, whatever
// their neighbours (a zero byte beside a one does not spill over).
func TestEqualBytesIsExact(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for n := 0; n < 100000; n++ {
		x := r.Uint64()
		for k := 0; k < 8; k++ { // make equal and near-equal bytes frequent
			switch r.IntN(4) {
			case 0:
				x = x&^(0xff<<(8*k)) | 0x20<<(8*k)
			case 1:
				x = x&^(0xff<<(8*k)) | 0x21<<(8*k)
			}
		}
		got := equalBytes(x, ' ')
		var want uint64
		for k := 0; k < 8; k++ {
			if byte(x>>(8*k)) == ' ' {
				want |= 0x80 << (8 * k)
			}
		}
		if got != want {
			t.Fatalf("%016x: %016x, want %016x", x, got, want)
		}
	}
}
