package store

import (
	"encoding/binary"
	"os"
)

// boltMagic starts the meta page of every bbolt file, right after the
// 16-byte page header (page id, flags, count, overflow).
const (
	boltMagic      = 0xED0CDAED
	pageHeaderSize = 16
)

// hasBoltMagic tells a damaged bbolt file (ErrCorrupt) from a file that was
// never one (ErrNotTamis: a text file, random bytes) when bbolt refuses to
// open it. bbolt keeps two meta pages, the second one page size further on;
// like bbolt, we try the page sizes from 1 KiB to 16 MiB.
func hasBoltMagic(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	var buf [4]byte
	offsets := []int64{0}
	for i := range 15 {
		offsets = append(offsets, 1024<<i)
	}
	for _, off := range offsets {
		if _, err := f.ReadAt(buf[:], off+pageHeaderSize); err != nil {
			return false
		}
		// bbolt writes its header in the machine's byte order; check both.
		if binary.LittleEndian.Uint32(buf[:]) == boltMagic || binary.BigEndian.Uint32(buf[:]) == boltMagic {
			return true
		}
	}
	return false
}
