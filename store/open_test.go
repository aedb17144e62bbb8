package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/prompts"
)

func TestOpenCreatesPrivateFileAndFolder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "data", "tamis", "tamis.db")
	s, err := open(path, seedFS(), testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
	for p, want := range map[string]os.FileMode{filepath.Dir(path): 0o700, path: 0o600} {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := info.Mode().Perm(); got != want {
			t.Errorf("%s: mode %v, want %v", p, got, want)
		}
	}
	ts, err := s.List(true)
	if err != nil {
		t.Fatal(err)
	}
	if len(ts) != 2 || ts[0].ID != "PROMPT-001" || ts[1].ID != "PROMPT-002" {
		t.Errorf("seeded %+v, want PROMPT-001 and PROMPT-002", ts)
	}
}

func TestOpenSeedsEmbeddedLibrary(t *testing.T) {
	s, err := open(filepath.Join(t.TempDir(), "tamis.db"), prompts.FS, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	sums, err := s.Summaries(false)
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) < 12 {
		t.Errorf("default library has %d validated templates, want at least 12", len(sums))
	}
}

func TestSeedOnlyOnCreation(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tamis.db")
	s, err := open(path, seedFS(), testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("PROMPT-001"); err != nil {
		t.Fatal(err)
	}
	s, err = open(path, seedFS(), testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("PROMPT-001"); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted seed template came back: err = %v", err)
	}
}

func TestOpenBadSeedCreatesNothing(t *testing.T) {
	seed := seedFS()
	seed["PROMPT-003.md"] = seed["PROMPT-001.md"] // duplicate id across files
	path := filepath.Join(t.TempDir(), "tamis.db")
	if _, err := open(path, seed, testTimeout); err == nil {
		t.Fatal("open with a duplicate id in the seed succeeded")
	}
	if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("file created despite the bad seed: %v", err)
	}
}

func TestOpenEmptyFileBecomesDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tamis.db")
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := open(path, seedFS(), testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get("PROMPT-002"); err != nil {
		t.Error(err)
	}
}

// writeBolt makes a bbolt file and lets fn fill it.
func writeBolt(t *testing.T, path string, fn func(tx *bolt.Tx) error) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Update(fn); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
}

// tamisFile creates a real tamis database and returns its path.
func tamisFile(t *testing.T) string {
	t.Helper()
	s := newStore(t, seedFS())
	return s.Path()
}

// spoil overwrites part of a file.
func spoil(t *testing.T, path string, off int64, junk []byte) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteAt(junk, off); err != nil {
		t.Fatal(err)
	}
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func TestOpenRefusesForeignOrDamagedFiles(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
		want error
	}{
		{"text file", func(t *testing.T, p string) {
			os.WriteFile(p, []byte("Liste des bénévoles\nJean Dupont 06 12 34 56 78\n"), 0o600)
		}, ErrNotTamis},
		{"random bytes", func(t *testing.T, p string) { os.WriteFile(p, randomBytes(3*4096), 0o600) }, ErrNotTamis},
		{"bbolt file of another program", func(t *testing.T, p string) {
			writeBolt(t, p, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte("config"))
				if err != nil {
					return err
				}
				return b.Put([]byte("k"), []byte("v"))
			})
		}, ErrNotTamis},
		{"bbolt file with a foreign meta bucket", func(t *testing.T, p string) {
			writeBolt(t, p, func(tx *bolt.Tx) error {
				b, err := tx.CreateBucket([]byte(bucketMeta))
				if err != nil {
					return err
				}
				return b.Put([]byte(keyMagic), []byte("other"))
			})
		}, ErrNotTamis},
		{"empty bbolt file", func(t *testing.T, p string) {
			writeBolt(t, p, func(*bolt.Tx) error { return nil })
		}, ErrNotTamis},
		{"both meta pages damaged", func(t *testing.T, p string) {
			copyFile(t, tamisFile(t), p)
			spoil(t, p, 32, randomBytes(32))
			spoil(t, p, 4096+32, randomBytes(32))
		}, ErrCorrupt},
		{"data pages damaged", func(t *testing.T, p string) {
			copyFile(t, tamisFile(t), p)
			info, _ := os.Stat(p)
			spoil(t, p, 2*4096, randomBytes(int(info.Size())-2*4096))
		}, ErrCorrupt},
		{"truncated to the meta pages", func(t *testing.T, p string) {
			copyFile(t, tamisFile(t), p)
			os.Truncate(p, 4096+100)
		}, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "tamis.db")
			tt.make(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = open(path, seedFS(), testTimeout)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			after, _ := os.ReadFile(path)
			if !bytes.Equal(before, after) {
				t.Error("the file was modified")
			}
		})
	}
}

func TestOpenRefusesDirectory(t *testing.T) {
	if _, err := open(t.TempDir(), seedFS(), testTimeout); !errors.Is(err, ErrNotTamis) {
		t.Errorf("err = %v, want ErrNotTamis", err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o600); err != nil {
		t.Fatal(err)
	}
}

// setSchema rewrites the schema version of a tamis file behind the store's back.
func setSchema(t *testing.T, path string, v uint64) {
	writeBolt(t, path, func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(keySchema), binary.BigEndian.AppendUint64(nil, v))
	})
}

func TestOpenNewerSchemaIsRefused(t *testing.T) {
	path := tamisFile(t)
	setSchema(t, path, schemaVersion+1)
	before, _ := os.ReadFile(path)
	if _, err := open(path, seedFS(), testTimeout); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("err = %v, want ErrNewerSchema", err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the file was modified")
	}
}

func TestNewerSchemaAfterOpenIsRefused(t *testing.T) {
	s := newStore(t, seedFS())
	setSchema(t, s.Path(), schemaVersion+1) // a newer tamis migrated it meanwhile
	if _, err := s.Get("PROMPT-001"); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Get: err = %v, want ErrNewerSchema", err)
	}
	if err := s.Put(sample(3, "validé")); !errors.Is(err, ErrNewerSchema) {
		t.Errorf("Put: err = %v, want ErrNewerSchema", err)
	}
}

func TestOpenMigratesOlderSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tamis.db")
	// A version-0 file: only the marker, none of the buckets.
	writeBolt(t, path, func(tx *bolt.Tx) error {
		b, err := tx.CreateBucket([]byte(bucketMeta))
		if err != nil {
			return err
		}
		return b.Put([]byte(keyMagic), []byte(magic))
	})
	s, err := open(path, seedFS(), testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put(sample(7, "validé")); err != nil {
		t.Fatalf("put after migration: %v", err)
	}
	err = s.view(func(tx *bolt.Tx) error {
		if got := schemaOf(tx.Bucket([]byte(bucketMeta))); got != schemaVersion {
			t.Errorf("schema %d, want %d", got, schemaVersion)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sums, _ := s.Summaries(true); len(sums) != 1 {
		t.Errorf("migration seeded an existing file: %d templates", len(sums))
	}
}

func TestLockedFileGivesErrLocked(t *testing.T) {
	s := newStore(t, seedFS())
	holder, err := bolt.Open(s.Path(), 0o600, nil) // another tamis writing
	if err != nil {
		t.Fatal(err)
	}
	defer holder.Close()
	ops := map[string]func() error{
		"open":    func() error { _, err := open(s.Path(), nil, testTimeout); return err },
		"list":    func() error { _, err := s.Summaries(true); return err },
		"get":     func() error { _, err := s.Get("PROMPT-001"); return err },
		"put":     func() error { return s.Put(sample(9, "validé")) },
		"profile": func() error { _, err := s.Profile(); return err },
	}
	for name, op := range ops {
		if err := op(); !errors.Is(err, ErrLocked) {
			t.Errorf("%s: err = %v, want ErrLocked", name, err)
		}
	}
}

func TestReadersShareTheFile(t *testing.T) {
	s := newStore(t, seedFS())
	reader, err := bolt.Open(s.Path(), 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if _, err := s.Get("PROMPT-001"); err != nil {
		t.Errorf("read while another tamis reads: %v", err)
	}
}

func TestWriteAfterFileVanished(t *testing.T) {
	s := newStore(t, seedFS())
	if err := os.Remove(s.Path()); err != nil {
		t.Fatal(err)
	}
	if err := s.Put(sample(5, "validé")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want not exist", err)
	}
	if _, err := os.Stat(s.Path()); !errors.Is(err, os.ErrNotExist) {
		t.Error("Put recreated a file")
	}
}

func TestCorruptRecordGivesErrCorrupt(t *testing.T) {
	s := newStore(t, seedFS())
	writeBolt(t, s.Path(), func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketTemplates)).Put(idKey("PROMPT-001"), []byte{recordFormat, 0xff})
	})
	if _, err := s.Get("PROMPT-001"); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Get: err = %v, want ErrCorrupt", err)
	}
	if _, err := s.List(true); !errors.Is(err, ErrCorrupt) {
		t.Errorf("List: err = %v, want ErrCorrupt", err)
	}
	if err := s.Put(sample(1, "validé")); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Put over a corrupt record: err = %v, want ErrCorrupt", err)
	}
}

// Several tamis writing at once wait for each other instead of failing.
// The wait is a minute here, not the two seconds of lockTimeout: eight
// writes in a row, each synced to disk, can take longer than two seconds
// on a loaded machine, and this test is about waiting, not about how long.
func TestConcurrentWriters(t *testing.T) {
	s, err := open(filepath.Join(t.TempDir(), "tamis.db"), nil, time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	const writers = 8
	errs := make(chan error, writers)
	for i := range writers {
		go func() { errs <- s.Put(sample(100+i, "validé")) }()
	}
	for range writers {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if sums, err := s.Summaries(true); err != nil || len(sums) != writers {
		t.Errorf("%d templates after %d writers, err %v", len(sums), writers, err)
	}
}

// A file cut short is mapped past its end: bbolt then faults on the missing
// pages, which must give ErrCorrupt rather than kill tamis with SIGBUS.
func TestTruncatedFileGivesErrCorrupt(t *testing.T) {
	s := newStore(t, nil)
	if _, _, err := s.Import(benchTemplates(300)); err != nil {
		t.Fatal(err)
	}
	// bbolt grows files in steps; cut inside the pages actually in use.
	var used int64
	err := s.view(func(tx *bolt.Tx) error { used = tx.Size(); return nil })
	if err != nil {
		t.Fatal(err)
	}
	for _, tenths := range []int64{9, 7, 5} {
		path := filepath.Join(t.TempDir(), "tamis.db")
		copyFile(t, s.Path(), path)
		if err := os.Truncate(path, used*tenths/10/4096*4096); err != nil {
			t.Fatal(err)
		}
		cut, err := open(path, nil, testTimeout)
		if err == nil {
			_, err = cut.List(true)
		}
		if !errors.Is(err, ErrCorrupt) {
			t.Errorf("cut at %d/10: err = %v, want ErrCorrupt", tenths, err)
		}
	}
}

func TestOpenMigratesVersion1(t *testing.T) {
	path := tamisFile(t)
	writeBolt(t, path, func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte(bucketSettings)); err != nil {
			return err
		}
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(keySchema), binary.BigEndian.AppendUint64(nil, 1))
	})
	s, err := open(path, nil, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetCharter("Charte"); err != nil {
		t.Errorf("settings bucket missing after migration: %v", err)
	}
	if _, err := s.Get("PROMPT-001"); err != nil {
		t.Errorf("templates lost by the migration: %v", err)
	}
}

// A failing migration rolls back every migration before it.
func TestFailedMigrationWritesNothing(t *testing.T) {
	s := newStore(t, nil)
	setSchema(t, s.Path(), 0)
	before, _ := os.ReadFile(s.Path())
	boom := errors.New("boom")
	list := []migration{
		{1, "fine", func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("new")); return err }},
		{2, "fails", func(*bolt.Tx) error { return boom }},
	}
	err := s.update(func(tx *bolt.Tx) error { return runMigrations(tx, list) })
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want boom", err)
	}
	if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
		t.Error("a failed migration changed the file")
	}
}
