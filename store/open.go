package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"

	"tamis/i18n"
	"tamis/prompts"
)

// lockTimeout is how long an operation waits for another tamis to release
// the file before giving up with ErrLocked.
const lockTimeout = 2 * time.Second

// Store is a handle on a tamis database file. It holds no open file between
// calls, so it is cheap to keep and safe for concurrent use.
type Store struct {
	path    string
	timeout time.Duration
	sound   atomic.Bool // the file passed checkFile in this process
}

// Open opens the database at path, creating it (folder 0700, file 0600) and
// seeding it with the default library of prompts/ if it does not exist yet.
// An existing file must be a tamis database (ErrNotTamis, ErrCorrupt
// otherwise, and it is left untouched); an older schema is migrated.
func Open(path string) (*Store, error) {
	return OpenWithSeed(path, prompts.FS)
}

// OpenWithSeed is Open with another default library: the *.md files of seed
// (nil seeds nothing). Tests and packagers use it.
func OpenWithSeed(path string, seed fs.FS) (*Store, error) {
	return open(path, seed, lockTimeout)
}

func open(path string, seed fs.FS, timeout time.Duration) (*Store, error) {
	s := &Store{path: path, timeout: timeout}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		err = s.create(seed)
	case err != nil:
		return nil, osError(err)
	case !info.Mode().IsRegular():
		return nil, about(path, ErrNotTamis)
	case info.Size() == 0:
		// An empty file holds nothing to lose (a crash during creation,
		// or `touch`): it becomes a new database, private like any other.
		if err := os.Chmod(path, 0o600); err != nil {
			return nil, osError(err)
		}
		err = s.create(seed)
	default:
		err = s.upgrade()
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

// Path is the database file, for messages ("base : ~/.local/share/…").
func (s *Store) Path() string { return s.path }

// create makes a new database: buckets, marker, schema, default library,
// all in one transaction.
func (s *Store) create(seed fs.FS) error {
	ts, err := parseSeed(seed)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(s.path), 0o700); err != nil {
		return osError(err)
	}
	return s.withDB(modeCreate, 0, func(db *bolt.DB) error {
		return db.Update(func(tx *bolt.Tx) error { return initialize(tx, ts, time.Now()) })
	})
}

// upgrade checks that an existing file is a tamis database of a schema this
// binary knows, and migrates it when it is older. The check is a read-only
// open, so a file that is not ours is never written to. The consistency
// check (Check) runs in the same transaction: it costs about as much as
// listing the summaries (7 ms for 10,000 templates, BenchmarkCheck10k),
// and a damaged file is then refused by every read too, instead of
// feeding it pages that may loop (a damaged freelist made `export` grow
// to several gigabytes).
func (s *Store) upgrade() error {
	var version uint64
	err := s.view(func(tx *bolt.Tx) error {
		version = schemaOf(tx.Bucket([]byte(bucketMeta)))
		if version > schemaVersion {
			return nil
		}
		return checkTx(s.path, tx)
	})
	switch {
	case err != nil:
		return err
	case version > schemaVersion:
		return about(s.path, ErrNewerSchema)
	}
	s.sound.Store(true)
	if version == schemaVersion {
		return nil
	}
	return s.update(migrate)
}

// view runs fn in a read-only transaction on a read-only open of the file.
func (s *Store) view(fn func(*bolt.Tx) error) error {
	return s.withDB(modeRead, 0, func(db *bolt.DB) error {
		return db.View(func(tx *bolt.Tx) error {
			if err := checkMarker(tx); err != nil {
				return err
			}
			return fn(tx)
		})
	})
}

// update runs fn in one read-write transaction: all of fn or nothing.
func (s *Store) update(fn func(*bolt.Tx) error) error {
	return s.updateGrowing(0, fn)
}

// updateGrowing is update for a transaction expected to add about grow
// bytes to the file. bbolt remaps the file each time it outgrows the
// mapping, copying every node in memory; mapping enough from the start
// halves the time of a large import.
func (s *Store) updateGrowing(grow int64, fn func(*bolt.Tx) error) error {
	if err := s.Check(); err != nil {
		return err
	}
	return s.withDB(modeWrite, grow, func(db *bolt.DB) error {
		return db.Update(func(tx *bolt.Tx) error {
			if err := checkMarker(tx); err != nil {
				return err
			}
			return fn(tx)
		})
	})
}

type openMode int

const (
	modeRead   openMode = iota // shared lock, never writes
	modeWrite                  // exclusive lock, the file must exist
	modeCreate                 // exclusive lock, creates the file
)

// withDB opens the file for one operation and closes it afterwards. A panic
// or a memory fault inside bbolt (it trusts the file's page pointers) becomes
// ErrCorrupt instead of killing tamis.
func (s *Store) withDB(mode openMode, grow int64, fn func(*bolt.DB) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = ErrCorrupt
		}
		err = s.explain(err)
	}()
	db, err := bolt.Open(s.path, 0o600, s.options(mode, grow))
	if err != nil {
		return s.classifyOpenError(err)
	}
	defer func() {
		if cerr := db.Close(); err == nil {
			err = cerr
		}
	}()
	return fn(db)
}

func (s *Store) options(mode openMode, grow int64) *bolt.Options {
	o := &bolt.Options{Timeout: s.timeout, ReadOnly: mode == modeRead}
	if grow > 0 {
		if info, err := os.Stat(s.path); err == nil {
			o.InitialMmapSize = int(info.Size() + grow)
		}
	}
	if mode == modeWrite {
		// The file was checked at Open; if it has vanished since, say so
		// rather than silently creating an empty, marker-less bbolt file.
		o.OpenFile = func(name string, flag int, perm os.FileMode) (*os.File, error) {
			return os.OpenFile(name, flag&^os.O_CREATE, perm)
		}
	}
	return o
}

// classifyOpenError turns bbolt's open failures into the store's sentinels.
func (s *Store) classifyOpenError(err error) error {
	var pathErr *fs.PathError
	switch {
	case errors.Is(err, berrors.ErrTimeout):
		return ErrLocked
	case errors.As(err, &pathErr):
		return osError(err)
	case hasBoltMagic(s.path):
		return ErrCorrupt
	default:
		return ErrNotTamis
	}
}

// explain prefixes the file's sentinels with its path, so that the user
// knows which file is meant.
func (s *Store) explain(err error) error {
	for _, e := range []error{ErrLocked, ErrNotTamis, ErrCorrupt, ErrNewerSchema} {
		if errors.Is(err, e) {
			return about(s.path, err)
		}
	}
	return err
}

// osError explains a system error (missing folder, no permission); the
// wrapped *fs.PathError names the file.
func osError(err error) error {
	return fmt.Errorf("%s%w", i18n.T("impossible d'accéder à la base : ", "cannot access the database: "), err)
}

// fmtCorrupt marks a record that does not decode.
func fmtCorrupt(key []byte) error {
	return fmt.Errorf("%w (%q)", ErrCorrupt, key)
}
