// Package faulttest damages real tamis files the way failing disks and
// crashes do, for the fault-injection tests of store and of the command
// line. It edits bbolt's on-disk layout (v1.4, the machine's byte order)
// directly and imports nothing of tamis.
package faulttest

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"math/rand/v2"
	"os"
	"slices"

	bolt "go.etcd.io/bbolt"
)

var native = binary.NativeEndian

const (
	pageHeader = 16
	boltMagic  = 0xED0CDAED
)

// meta is what the damage needs from a meta page.
type meta struct {
	pageSize int
	freelist uint64
	hwm      uint64
	txid     uint64
}

func parseMeta(p []byte) (meta, bool) {
	if len(p) < pageHeader+64 {
		return meta{}, false
	}
	m := p[pageHeader:]
	h := fnv.New64a()
	h.Write(m[:56])
	if native.Uint32(m) != boltMagic || native.Uint64(m[56:]) != h.Sum64() {
		return meta{}, false
	}
	return meta{int(native.Uint32(m[8:])), native.Uint64(m[32:]), native.Uint64(m[40:]), native.Uint64(m[48:])}, true
}

// current returns the meta bbolt uses: the valid one of highest txid.
func current(data []byte) (meta, error) {
	m0, ok0 := parseMeta(data)
	if !ok0 {
		return meta{}, errors.New("first meta page invalid")
	}
	if m1, ok1 := parseMeta(data[m0.pageSize:]); ok1 && m1.txid > m0.txid {
		return m1, nil
	}
	return m0, nil
}

// MarkLiveFree adds every other live page of the file to its freelist page,
// in place. The meta pages and their checksums stay intact, so bbolt opens
// the file and reads answer, but a write allocates over live pages: the
// damage of issue 8. It returns how many live pages it marked free.
func MarkLiveFree(path string) (int, error) {
	return markFree(path, func(id uint64, _ []byte) bool { return id%2 == 0 })
}

// MarkLeavesFree is MarkLiveFree for the leaf pages that are not the root
// of a bucket: a write that creates a new bucket then lands its pages on
// them without freeing them again (bbolt panics when a write frees a page
// already free), which is how an older tamis overwrote the library.
func MarkLeavesFree(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	m, err := current(data)
	if err != nil {
		return 0, err
	}
	roots := bucketRoots(data, m)
	return markFree(path, func(id uint64, p []byte) bool {
		return native.Uint16(p[8:]) == 0x02 && !roots[id]
	})
}

// bucketRoots lists the root pages of the buckets: the file's root and
// every page named by a bucket entry of a leaf page.
func bucketRoots(data []byte, m meta) map[uint64]bool {
	roots := map[uint64]bool{native.Uint64(data[m.pageSize*int(m.txid%2)+pageHeader+16:]): true}
	for id := uint64(2); id < m.hwm; id++ {
		p := data[int(id)*m.pageSize:]
		if native.Uint16(p[8:]) != 0x02 || native.Uint64(p) != id {
			continue
		}
		for i := range int(native.Uint16(p[10:])) {
			e := p[pageHeader+16*i:]
			if native.Uint32(e)&1 == 0 {
				continue
			}
			at := pageHeader + 16*i + int(native.Uint32(e[4:])) + int(native.Uint32(e[8:]))
			roots[native.Uint64(p[at:])] = true
		}
	}
	return roots
}

// markFree adds the live pages that pick chooses to the freelist page.
func markFree(path string, pick func(id uint64, page []byte) bool) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	m, err := current(data)
	if err != nil {
		return 0, err
	}
	fl := data[int(m.freelist)*m.pageSize:]
	free := freelistIDs(fl)
	isFree := map[uint64]bool{m.freelist: true}
	for _, id := range free {
		isFree[id] = true
	}
	marked := 0
	for id := uint64(2); id < m.hwm; id++ {
		if !isFree[id] && pick(id, data[int(id)*m.pageSize:]) {
			free = append(free, id)
			marked++
		}
	}
	slices.Sort(free)
	if pageHeader+8*len(free) > m.pageSize {
		return 0, errors.New("the free ids do not fit one page")
	}
	native.PutUint16(fl[10:], uint16(len(free)))
	native.PutUint32(fl[12:], 0)
	for i, id := range free {
		native.PutUint64(fl[pageHeader+8*i:], id)
	}
	if _, err := current(data); err != nil {
		return 0, err
	}
	return marked, os.WriteFile(path, data, 0o600)
}

func freelistIDs(p []byte) []uint64 {
	n := int(native.Uint16(p[10:]))
	ids := p[pageHeader:]
	if n == 0xFFFF {
		n, ids = int(native.Uint64(ids)), ids[8:]
	}
	out := make([]uint64, n)
	for i := range out {
		out[i] = native.Uint64(ids[8*i:])
	}
	return out
}

// Flip changes n random bytes of the file (each to a different value) and
// returns their offsets.
func Flip(path string, n int, r *rand.Rand) ([]int64, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	return flipAt(path, n, r, func() int64 { return r.Int64N(info.Size()) })
}

// FlipHeaders is Flip aimed at the structure: each byte changed lies in the
// first 256 bytes of a page, where the page header and the element headers
// (offsets, sizes, child page ids) are.
func FlipHeaders(path string, n int, r *rand.Rand) ([]int64, error) {
	used, err := UsedSize(path)
	if err != nil {
		return nil, err
	}
	return flipAt(path, n, r, func() int64 { return r.Int64N(used/4096)*4096 + r.Int64N(256) })
}

// flipAt changes n bytes at the offsets pick chooses, each to another value.
func flipAt(path string, n int, r *rand.Rand, pick func() int64) ([]int64, error) {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	offs := make([]int64, n)
	var b [1]byte
	for i := range offs {
		offs[i] = pick()
		if _, err := f.ReadAt(b[:], offs[i]); err != nil {
			return nil, err
		}
		b[0] ^= byte(1 + r.IntN(255))
		if _, err := f.WriteAt(b[:], offs[i]); err != nil {
			return nil, err
		}
	}
	return offs, nil
}

// UsedSize is the size of the pages of the file that hold data (below the
// high-water mark); bbolt grows files in steps, so the file is larger.
func UsedSize(path string) (int64, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	m, err := current(data)
	if err != nil {
		return 0, err
	}
	return int64(m.hwm) * int64(m.pageSize), nil
}

// BoltCheck runs bbolt's own Tx.Check on a file. Tx.Check runs in a
// goroutine of its own that no recover() reaches, and on a tree whose pages
// were overwritten it may never return: call it only on files whose
// structure tamis's check accepted, or damaged in a way it survives.
func BoltCheck(path string) []error {
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		return []error{err}
	}
	defer db.Close()
	var errs []error
	_ = db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			errs = append(errs, err)
		}
		return nil
	})
	return errs
}
