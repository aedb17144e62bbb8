package store

import (
	"bytes"
	"errors"
	"os"
	"runtime/debug"
	"slices"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// Reading what is still readable in a damaged file. bbolt's cursors trust
// the pages: on a damaged tree they may loop or descend without end (what
// made `export` grow to several gigabytes). The salvage walk reuses the
// check's page reader instead, tolerant this time: a page that is out of
// bounds, of the wrong type or seen already is skipped and counted, and
// the walk goes on with its siblings. Every page is read at most once, so
// the walk ends and keeps at most the file's size in memory.

// kv is one entry of a salvaged bucket; bucket entries keep their value
// (the bucket header) for the walk below them.
type kv struct {
	key, value []byte
	bucket     bool
}

// rescuer walks the tree of a damaged file.
type rescuer struct {
	*checker
	lost int // pages skipped: unreadable, out of place or seen twice
}

// openRescue opens path for a salvage walk from the most recent valid meta
// page, or reports that nothing is readable.
func openRescue(path string) (*rescuer, meta, *os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, meta{}, nil, osError(err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, meta{}, nil, osError(err)
	}
	m, ok := bestMeta(f)
	if !ok {
		f.Close()
		return nil, meta{}, nil, damaged("no valid meta page")
	}
	hwm := min(m.hwm, uint64(info.Size())/uint64(m.pageSize))
	c := &checker{r: f, psize: int(m.pageSize), hwm: hwm, reachable: newBitmap(hwm), freed: newBitmap(hwm),
		win: make([]byte, 0, readAhead)}
	return &rescuer{checker: c}, m, f, nil
}

// bestMeta is bbolt's choice: the valid meta page of highest txid.
func bestMeta(f *os.File) (meta, bool) {
	buf := make([]byte, metaOffset+metaSumLen+8)
	var best meta
	found := false
	for _, off := range []int64{0, 1024, 2048, 4096, 8192, 16384, 32768, 65536} {
		if _, err := f.ReadAt(buf, off); err != nil {
			continue
		}
		m, ok := parseMeta(buf)
		if ok && m.pageSize >= 512 && m.pageSize <= 1<<24 && (off == 0 || off == int64(m.pageSize)) && (!found || m.txid > best.txid) {
			best, found = m, true
		}
	}
	return best, found
}

// entries returns the entries of the bucket whose header (or inline page)
// is v, in key order, skipping what cannot be read. complete is false when
// part of the bucket was lost.
func (r *rescuer) entries(v []byte) (out []kv, complete bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			complete = false
		}
	}()
	if len(v) < bucketHdrSize {
		return nil, false
	}
	if root := native.Uint64(v); root != 0 {
		lost := r.lost
		out = r.collect(root, 0, out)
		return dedupe(out), r.lost == lost
	}
	out, ok := leafEntries(v[bucketHdrSize:], out)
	return out, ok
}

// rootEntries are the top-level buckets of the file.
func (r *rescuer) rootEntries(m meta) ([]kv, bool) {
	var hdr [bucketHdrSize]byte
	native.PutUint64(hdr[:], m.root)
	return r.entries(hdr[:])
}

// collect appends the entries of the subtree at page id.
func (r *rescuer) collect(id uint64, depth int, out []kv) []kv {
	if depth > maxTreeDepth || id >= r.hwm || r.reachable.has(id) {
		r.lost++
		return out
	}
	p, err := r.page(id, depth)
	if err != nil {
		r.lost++
		return out
	}
	r.reachable.set(id)
	switch native.Uint16(p[8:]) {
	case flagBranch:
		var children []uint64
		for i := range int(native.Uint16(p[10:])) {
			at := pageHeaderSize + i*elementSize
			if at+elementSize > len(p) {
				r.lost++
				break
			}
			children = append(children, native.Uint64(p[at+8:]))
		}
		for _, child := range children {
			out = r.collect(child, depth+1, out)
		}
	case flagLeaf:
		var ok bool
		if out, ok = leafEntries(p, out); !ok {
			r.lost++
		}
	default:
		r.lost++
	}
	return out
}

// leafEntries appends copies of the entries of a leaf page that lie inside
// it; ok is false when some did not.
func leafEntries(p []byte, out []kv) (_ []kv, ok bool) {
	if len(p) < pageHeaderSize || native.Uint16(p[8:]) != flagLeaf {
		return out, false
	}
	ok = true
	for i := range int(native.Uint16(p[10:])) {
		at := pageHeaderSize + i*elementSize
		if at+elementSize > len(p) {
			return out, false
		}
		vsize := native.Uint32(p[at+12:])
		key, err := element(p, at, native.Uint32(p[at+4:]), native.Uint32(p[at+8:]), vsize)
		if err != nil {
			ok = false
			continue
		}
		value := key[len(key) : len(key)+int(vsize)]
		out = append(out, kv{bytes.Clone(key), bytes.Clone(value), native.Uint32(p[at:])&bucketLeafFlag != 0})
	}
	return out, ok
}

// dedupe sorts entries by key and keeps the first of equal keys: a damaged
// branch may lead twice to copies of the same keys.
func dedupe(in []kv) []kv {
	slices.SortStableFunc(in, func(a, b kv) int { return bytes.Compare(a.key, b.key) })
	return slices.CompactFunc(in, func(a, b kv) bool { return bytes.Equal(a.key, b.key) })
}

// find returns the bucket entry named name among entries.
func find(entries []kv, name string) ([]byte, bool) {
	for _, e := range entries {
		if e.bucket && string(e.key) == name {
			return e.value, true
		}
	}
	return nil, false
}

// sequence is the NextSequence counter of a bucket header.
func sequence(v []byte) uint64 {
	if len(v) < bucketHdrSize {
		return 0
	}
	return native.Uint64(v[8:])
}

// lockShared holds the shared lock of path while fn runs, when bbolt can
// still open the file, so that no writer changes it meanwhile; a file bbolt
// cannot open is read without the lock (nothing writes to it either).
func lockShared(path string, fn func() error) error {
	db, err := openShared(path)
	if errors.Is(err, berrors.ErrTimeout) {
		return about(path, ErrLocked)
	}
	if err == nil {
		defer db.Close()
	}
	return fn()
}

func openShared(path string) (db *bolt.DB, err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			db, err = nil, ErrCorrupt
		}
	}()
	return bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: lockTimeout})
}
