package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"runtime/debug"
	"slices"

	bolt "go.etcd.io/bbolt"
)

// The consistency check of a tamis file.
//
// bbolt's own Tx.Check walks the pages in a goroutine it starts itself, and
// it trusts the page pointers it follows: on a damaged file it was seen to
// panic (index out of range, memory fault) inside that goroutine, where no
// recover() of ours can reach, so the whole tamis died. A child process
// running Tx.Check would contain the crash, but tamis is also a library
// (the TUI, the tests) and re-executing a binary from the store is fragile
// (go test binaries, Windows, a binary moved while running).
//
// So checkFile is a synchronous port of the invariants of bbolt v1.4's
// tx_check.go, run on the caller's goroutine: every page is read with
// ReadAt into a Go slice, every offset is checked against the page before
// use, so a damaged file gives an error, never a crash (and a slip of ours
// would be a recoverable panic, turned into ErrCorrupt). Memory is bounded:
// two bitmaps of one bit per page, one page buffer per level of the tree.
// It checks, like Tx.Check: no page freed twice, every reachable page
// referenced once, of a branch or leaf type and not free, keys in order
// within and across pages, every page below the high-water mark either
// reachable or free. It also checks what Tx.Check takes for granted and
// what made `export` grow without end on a damaged freelist: each page
// carries its own id, every page id and element lies inside the file.

// On-disk layout of bbolt v1.4 (internal/common), in the machine's byte
// order.
const (
	metaOffset     = pageHeaderSize // the meta follows the page header
	metaSumLen     = 56             // meta bytes covered by its checksum
	elementSize    = 16             // branch and leaf element headers
	bucketHdrSize  = 16             // root page id, sequence
	flagBranch     = 0x01
	flagLeaf       = 0x02
	flagMeta       = 0x04
	flagFreelist   = 0x10
	bucketLeafFlag = 0x01
	noFreelist     = ^uint64(0)
	boltVersion    = 2
	maxTreeDepth   = 64 // a b-tree of any file that fits on a disk is far shallower
)

var native = binary.NativeEndian

// meta is the part of a bbolt meta page the check needs.
type meta struct {
	pageSize uint32
	root     uint64 // page id of the root bucket
	freelist uint64 // page id of the freelist, or noFreelist
	hwm      uint64 // high-water mark: first page id past the data
	txid     uint64
}

// parseMeta decodes a meta page; ok is false when its magic, version or
// checksum is wrong (bbolt then uses the other meta page).
func parseMeta(p []byte) (meta, bool) {
	if len(p) < metaOffset+metaSumLen+8 {
		return meta{}, false
	}
	m := p[metaOffset:]
	h := fnv.New64a()
	h.Write(m[:metaSumLen])
	if native.Uint32(m[0:]) != boltMagic || native.Uint32(m[4:]) != boltVersion || native.Uint64(m[56:]) != h.Sum64() {
		return meta{}, false
	}
	return meta{
		pageSize: native.Uint32(m[8:]),
		root:     native.Uint64(m[16:]),
		freelist: native.Uint64(m[32:]),
		hwm:      native.Uint64(m[40:]),
		txid:     native.Uint64(m[48:]),
	}, true
}

// errDamage is a file that failed the check. Users read ErrCorrupt; the
// technical reason is kept for verifier and the tests.
type errDamage struct{ reason string }

func (e *errDamage) Error() string        { return ErrCorrupt.Error() }
func (e *errDamage) Is(target error) bool { return target == ErrCorrupt }

func damaged(format string, args ...any) error {
	return &errDamage{fmt.Sprintf(format, args...)}
}

// checker walks one file.
type checker struct {
	r         io.ReaderAt
	psize     int
	hwm       uint64
	reachable bitmap
	freed     bitmap
	bufs      [][]byte // one page buffer per tree depth
	win       []byte   // read-ahead window, see read
	winOff    int64
}

// readAhead is the size of the read-ahead window.
const readAhead = 256 << 10

// checkFile checks the bbolt file at path, whose current transaction is
// txid (from bbolt's own choice of meta page). nil means sound.
func checkFile(path string, txid uint64) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = damaged("walk stopped: %v", r)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	m, err := currentMeta(f, txid)
	if err != nil {
		return err
	}
	if m.hwm < 2 || m.hwm > uint64(info.Size())/uint64(m.pageSize) {
		return damaged("high-water mark %d beyond the file (%d bytes)", m.hwm, info.Size())
	}
	c := &checker{r: f, psize: int(m.pageSize), hwm: m.hwm, reachable: newBitmap(m.hwm), freed: newBitmap(m.hwm),
		win: make([]byte, 0, readAhead)}
	if err := c.metaHeaders(); err != nil {
		return err
	}
	c.reachable.set(0)
	c.reachable.set(1)
	return c.run(m)
}

// metaHeaders checks that pages 0 and 1 say they are the meta pages 0 and
// 1. The meta checksum does not cover the page header, and Tx.Check panics
// (in its goroutine) on a meta page that names another id; bbolt rewrites
// a meta page with the same header, so a torn write never changes it.
func (c *checker) metaHeaders() error {
	hdr := make([]byte, pageHeaderSize)
	for id := range uint64(2) {
		if _, err := c.r.ReadAt(hdr, int64(id)*int64(c.psize)); err != nil {
			return damaged("meta page %d: %v", id, err)
		}
		if native.Uint64(hdr) != id || native.Uint16(hdr[8:]) != flagMeta {
			return damaged("meta page %d: header of page %d, type %#x", id, native.Uint64(hdr), native.Uint16(hdr[8:]))
		}
	}
	return nil
}

// currentMeta finds the meta page of transaction txid, as bbolt chose it.
func currentMeta(r io.ReaderAt, txid uint64) (meta, error) {
	buf := make([]byte, metaOffset+metaSumLen+8)
	if _, err := r.ReadAt(buf, 0); err != nil {
		return meta{}, damaged("first meta page unreadable: %v", err)
	}
	m0, ok0 := parseMeta(buf)
	if ok0 && m0.txid == txid {
		return m0, nil
	}
	// The second meta page is one page further; its size is in the first
	// one when valid, otherwise try them all as bbolt does.
	sizes := []uint32{m0.pageSize}
	if !ok0 {
		sizes = sizes[:0]
		for i := range 15 {
			sizes = append(sizes, 1024<<i)
		}
	}
	for _, size := range sizes {
		if _, err := r.ReadAt(buf, int64(size)); err != nil {
			continue
		}
		if m1, ok := parseMeta(buf); ok && m1.txid == txid && m1.pageSize == size {
			return m1, nil
		}
	}
	return meta{}, damaged("no valid meta page for transaction %d", txid)
}

func (c *checker) run(m meta) error {
	if m.pageSize < 512 || m.pageSize > 1<<24 {
		return damaged("page size %d", m.pageSize)
	}
	if m.freelist != noFreelist {
		if err := c.readFreelist(m.freelist); err != nil {
			return err
		}
	}
	if err := c.walkTree(m.root, nil, nil, 0); err != nil {
		return err
	}
	if m.freelist == noFreelist {
		return nil // bbolt rebuilds the free pages from the tree
	}
	for id := range m.hwm {
		if !c.reachable.has(id) && !c.freed.has(id) {
			return damaged("page %d: unreachable unfreed", id)
		}
	}
	return nil
}

// page reads page id with its overflow pages into the buffer of its tree
// depth, after checking that they lie below the high-water mark and that
// the page says it is page id.
func (c *checker) page(id uint64, depth int) ([]byte, error) {
	if id < 2 || id >= c.hwm {
		return nil, damaged("page %d: out of bounds (%d)", id, c.hwm)
	}
	for len(c.bufs) <= depth {
		c.bufs = append(c.bufs, make([]byte, c.psize))
	}
	p := c.bufs[depth][:c.psize]
	if err := c.read(p, id); err != nil {
		return nil, err
	}
	overflow := uint64(native.Uint32(p[12:]))
	if native.Uint64(p) != id {
		return nil, damaged("page %d: says it is page %d", id, native.Uint64(p))
	}
	if id+overflow >= c.hwm {
		return nil, damaged("page %d: %d overflow pages past the high-water mark", id, overflow)
	}
	if overflow > 0 {
		p = slices.Grow(p[:0], int(overflow+1)*c.psize)[:int(overflow+1)*c.psize]
		c.bufs[depth] = p
		if err := c.read(p, id); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// read fills p from page id on. Walks go mostly forward through the file,
// so pages are served from a window read ahead in one system call rather
// than one call per page, which cost five times more.
func (c *checker) read(p []byte, id uint64) error {
	off := int64(id) * int64(c.psize)
	if off < c.winOff || off+int64(len(p)) > c.winOff+int64(len(c.win)) {
		if len(p) > cap(c.win) {
			_, err := c.r.ReadAt(p, off)
			return wrapRead(id, err)
		}
		end := min(off+int64(cap(c.win)), int64(c.hwm)*int64(c.psize))
		c.win = c.win[:end-off]
		c.winOff = off
		if _, err := c.r.ReadAt(c.win, off); err != nil {
			c.win = c.win[:0]
			return wrapRead(id, err)
		}
	}
	copy(p, c.win[off-c.winOff:])
	return nil
}

func wrapRead(id uint64, err error) error {
	if err != nil {
		return damaged("page %d: %v", id, err)
	}
	return nil
}

// reach marks page id and its overflow pages as used by the tree.
func (c *checker) reach(id uint64, p []byte) error {
	for i := range uint64(native.Uint32(p[12:])) + 1 {
		if c.reachable.has(id + i) {
			return damaged("page %d: multiple references", id+i)
		}
		if c.freed.has(id + i) {
			return damaged("page %d: reachable freed", id+i)
		}
		c.reachable.set(id + i)
	}
	return nil
}

// readFreelist marks the free pages, refusing a page freed twice.
func (c *checker) readFreelist(id uint64) error {
	p, err := c.page(id, 0)
	if err != nil {
		return err
	}
	if native.Uint16(p[8:]) != flagFreelist {
		return damaged("page %d: freelist page of type %#x", id, native.Uint16(p[8:]))
	}
	if err := c.reach(id, p); err != nil {
		return err
	}
	ids := p[pageHeaderSize:]
	count := uint64(native.Uint16(p[10:]))
	if count == 0xFFFF { // the real count is the first element
		if len(ids) < 8 {
			return damaged("freelist page %d: truncated", id)
		}
		count, ids = native.Uint64(ids), ids[8:]
	}
	if count > uint64(len(ids)/8) {
		return damaged("freelist page %d: %d ids do not fit", id, count)
	}
	for i := range count {
		free := native.Uint64(ids[i*8:])
		switch {
		case free < 2 || free >= c.hwm:
			return damaged("page %d: freed but out of bounds", free)
		case c.freed.has(free):
			return damaged("page %d: already freed", free)
		case c.reachable.has(free):
			return damaged("page %d: freed but used by the freelist", free)
		}
		c.freed.set(free)
	}
	return nil
}

// walkTree checks the b-tree rooted at page id, whose keys must lie in
// [min, max) (nil: unbounded), and every bucket below it.
func (c *checker) walkTree(id uint64, min, max []byte, depth int) error {
	if depth > maxTreeDepth {
		return damaged("page %d: tree deeper than %d", id, maxTreeDepth)
	}
	p, err := c.page(id, depth)
	if err != nil {
		return err
	}
	if err := c.reach(id, p); err != nil {
		return err
	}
	switch native.Uint16(p[8:]) {
	case flagBranch:
		return c.walkBranch(id, p, min, max, depth)
	case flagLeaf:
		return c.walkLeaf(id, p, min, max, depth)
	default:
		return damaged("page %d: invalid type %#x", id, native.Uint16(p[8:]))
	}
}

func (c *checker) walkBranch(id uint64, p []byte, min, max []byte, depth int) error {
	n := int(native.Uint16(p[10:]))
	if n == 0 {
		return damaged("page %d: empty branch", id)
	}
	keys := make([][]byte, n)
	children := make([]uint64, n)
	for i := range n {
		at := pageHeaderSize + i*elementSize
		if at+elementSize > len(p) {
			return damaged("page %d: branch elements past the page", id)
		}
		key, err := element(p, at, native.Uint32(p[at:]), native.Uint32(p[at+4:]), 0)
		if err != nil {
			return damaged("page %d: %v", id, err)
		}
		keys[i], children[i] = key, native.Uint64(p[at+8:])
	}
	if err := checkOrder(id, keys, min, max); err != nil {
		return err
	}
	for i, child := range children {
		upper := max
		if i+1 < n {
			upper = keys[i+1]
		}
		if err := c.walkTree(child, keys[i], upper, depth+1); err != nil {
			return err
		}
	}
	return nil
}

func (c *checker) walkLeaf(id uint64, p []byte, min, max []byte, depth int) error {
	keys, buckets, err := leafElements(p)
	if err != nil {
		return damaged("page %d: %v", id, err)
	}
	if err := checkOrder(id, keys, min, max); err != nil {
		return err
	}
	for _, v := range buckets {
		if err := c.walkBucket(v, depth); err != nil {
			return err
		}
	}
	return nil
}

// walkBucket checks a bucket from its value in the parent leaf: a root page,
// or an inline page after the header.
func (c *checker) walkBucket(v []byte, depth int) error {
	if len(v) < bucketHdrSize {
		return damaged("bucket header of %d bytes", len(v))
	}
	if root := native.Uint64(v); root != 0 {
		return c.walkTree(root, nil, nil, depth+1)
	}
	inline := v[bucketHdrSize:]
	if len(inline) < pageHeaderSize || native.Uint16(inline[8:]) != flagLeaf {
		return damaged("inline bucket that is not a leaf")
	}
	keys, buckets, err := leafElements(inline)
	if err != nil {
		return damaged("inline bucket: %v", err)
	}
	if len(buckets) > 0 {
		return damaged("inline bucket holding buckets")
	}
	return checkOrder(0, keys, nil, nil)
}

// leafElements returns the keys of a leaf page and the values of its bucket
// entries, checking that each lies inside the page.
func leafElements(p []byte) (keys, buckets [][]byte, err error) {
	n := int(native.Uint16(p[10:]))
	keys = make([][]byte, n)
	for i := range n {
		at := pageHeaderSize + i*elementSize
		if at+elementSize > len(p) {
			return nil, nil, errors.New("leaf elements past the page")
		}
		flags := native.Uint32(p[at:])
		key, err := element(p, at, native.Uint32(p[at+4:]), native.Uint32(p[at+8:]), native.Uint32(p[at+12:]))
		if err != nil {
			return nil, nil, err
		}
		keys[i] = key
		if flags&bucketLeafFlag != 0 {
			ks := len(key)
			buckets = append(buckets, key[ks:ks+int(native.Uint32(p[at+12:]))])
		}
	}
	return keys, buckets, nil
}

// element returns the key of the element whose header is at offset at,
// checking that the key and the value after it lie inside the page. The
// returned slice's capacity reaches the end of the value.
func element(p []byte, at int, pos, ksize, vsize uint32) ([]byte, error) {
	start := uint64(at) + uint64(pos)
	end := start + uint64(ksize) + uint64(vsize)
	if end > uint64(len(p)) {
		return nil, fmt.Errorf("element at %d past the page", at)
	}
	return p[start : start+uint64(ksize) : end], nil
}

// checkOrder checks that keys are strictly increasing and within [min, max).
func checkOrder(id uint64, keys [][]byte, min, max []byte) error {
	for i, k := range keys {
		if i > 0 && bytes.Compare(keys[i-1], k) >= 0 {
			return damaged("page %d: key %d out of order", id, i)
		}
		if i == 0 && min != nil && bytes.Compare(k, min) < 0 {
			return damaged("page %d: first key below its parent's", id)
		}
		if max != nil && bytes.Compare(k, max) >= 0 {
			return damaged("page %d: key %d not below the next parent key", id, i)
		}
	}
	return nil
}

// bitmap is a set of page ids below a bound.
type bitmap []uint64

func newBitmap(n uint64) bitmap     { return make(bitmap, (n+63)/64) }
func (b bitmap) set(id uint64)      { b[id/64] |= 1 << (id % 64) }
func (b bitmap) has(id uint64) bool { return b[id/64]&(1<<(id%64)) != 0 }

// checkTx checks the file behind an open read-only transaction, which holds
// the shared lock so that no writer changes the file meanwhile.
func checkTx(path string, tx *bolt.Tx) error {
	return checkFile(path, uint64(tx.ID()))
}

// Check checks the consistency of the whole file, once per Store: every
// write runs it first, so that a damaged file is never written to (a write
// on a damaged freelist overwrites live pages and loses what was still
// readable). It returns nil or an error that errors.Is ErrCorrupt.
func (s *Store) Check() error {
	if s.sound.Load() {
		return nil
	}
	err := s.withDB(modeRead, 0, func(db *bolt.DB) error {
		return db.View(func(tx *bolt.Tx) error { return checkTx(s.path, tx) })
	})
	if err == nil {
		s.sound.Store(true)
	}
	return err
}
