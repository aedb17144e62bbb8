package classify

// keptRun reads most of a value eight bytes at a time: a block of
// printable ASCII with single spaces is what a value mostly is, and one
// test of its word replaces eight reads of keptASCII. The tests are the
// usual ones on bytes packed in a word (any byte below n, any byte above
// n, an exact mask of the bytes equal to a value).

const (
	byteOnes  = 0x0101010101010101
	byteHighs = 0x8080808080808080
	byteLows  = 0x7f7f7f7f7f7f7f7f
)

// keptBlock reports that prepare keeps the eight bytes at orig[i] as
// they are: each is printable ASCII (0x21 to 0x7e) or a space that no
// space or tab follows. It needs a ninth byte to see what follows the
// last one (i+8 < len(orig)).
func keptBlock(orig string, i int) bool {
	b := orig[i : i+8]
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56 // one load
	if (x-0x20*byteOnes)&^x&byteHighs != 0 || ((x+byteOnes)|x)&byteHighs != 0 {
		return false // a byte below 0x20 (tab, line break, control) or above 0x7e
	}
	s := equalBytes(x, ' ')
	if s&(s>>8) != 0 {
		return false // two spaces in a row: prepare collapses them
	}
	if s>>56 != 0 && (orig[i+8] == ' ' || orig[i+8] == '\t') {
		return false // the last byte is a space that a space or a tab follows
	}
	return true
}

// equalBytes returns the high bit of every byte of x equal to b, and
// nothing else.
func equalBytes(x uint64, b byte) uint64 {
	v := x ^ uint64(b)*byteOnes
	y := (v & byteLows) + byteLows
	return ^(y | v | byteLows)
}
