package store

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
	"tamis/store/faulttest"
)

// pristine builds a tamis file with every kind of record: templates with
// history, profile, rules, charter, events. Each part is one transaction:
// every commit syncs the disk, the slow part of these tests.
func pristine(t *testing.T, templates int) string {
	t.Helper()
	s := newStore(t, seedFS())
	if _, _, err := s.Import(benchTemplates(templates)); err != nil {
		t.Fatal(err)
	}
	var revised []library.Template
	for i := 1; i <= templates; i += 5 {
		tt := benchTemplate(i)
		tt.Title += " (revu)"
		revised = append(revised, tt)
	}
	if _, _, err := s.Import(revised); err != nil {
		t.Fatal(err)
	}
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier", "année": "1998"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRules(Rules{Allow: []string{"Maison des associations"}, Deny: []string{"projet Hermès"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCharter("Jamais de données personnelles dans une IA publique."); err != nil {
		t.Fatal(err)
	}
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketEvents))
		for range 20 {
			seq, _ := b.NextSequence()
			if err := b.Put(binary.BigEndian.AppendUint64(nil, seq), []byte(`{"template_id":"PROMPT-002","verdict":"ok","action":"copied"}`)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return s.Path()
}

// readAll runs every read of the store; a damaged file must give errors,
// never a crash.
func readAll(s *Store) error {
	_, err1 := s.Summaries(true)
	_, err2 := s.List(true)
	_, err3 := s.Profile()
	_, err4 := s.Rules()
	_, err5 := s.Events()
	_, err6 := s.History("PROMPT-001")
	_, err7 := s.Search("atelier", true)
	return errors.Join(err1, err2, err3, err4, err5, err6, err7)
}

// Random byte flips in the pages in use, half of them in page and element
// headers: each file is either refused at
// open (ErrCorrupt, ErrNotTamis) and never written, or opened, read and
// written; a file the check accepts is one bbolt's own Tx.Check accepts too,
// and stays sound after a write.
func TestRandomByteFlips(t *testing.T) {
	trials := 400
	if testing.Short() {
		trials = 100
	}
	src := pristine(t, 60)
	used, err := faulttest.UsedSize(src)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(8, 2026))
	var refused, sound int
	for trial := range trials {
		path := filepath.Join(t.TempDir(), "tamis.db")
		copyFile(t, src, path)
		os.Truncate(path, used) // flip only bytes in use
		flip := faulttest.Flip
		if trial%2 == 1 {
			flip = faulttest.FlipHeaders
		}
		offs, err := flip(path, 1+r.IntN(4), r)
		if err != nil {
			t.Fatal(err)
		}
		before, _ := os.ReadFile(path)
		s, err := open(path, nil, testTimeout)
		if err != nil {
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNotTamis) && !errors.Is(err, ErrNewerSchema) {
				t.Errorf("trial %d (flips at %v): open: %v", trial, offs, err)
			}
			if err := s2(path).SetProfile(Profile{"x": "y"}); err == nil {
				t.Errorf("trial %d (flips at %v): a write reached a file refused at open", trial, offs)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("trial %d (flips at %v): a refused file was written", trial, offs)
			}
			refused++
			continue
		}
		sound++
		if errs := faulttest.BoltCheck(path); len(errs) > 0 {
			t.Errorf("trial %d (flips at %v): accepted, but bbolt's Tx.Check finds %v", trial, offs, errs[0])
		}
		_ = readAll(s) // a flipped value may not decode: an error, not a crash
		if sound%8 != 0 {
			continue // a write syncs the disk: test one sound file in eight
		}
		if err := s.SetProfile(Profile{"Nom asso": "Les Amis"}); err == nil {
			if err := Verify(path); err != nil {
				t.Errorf("trial %d (flips at %v): sound file damaged by a write: %v", trial, offs, DamageDetail(err))
			}
		}
	}
	t.Logf("%d files with random flips: %d refused untouched, %d sound (flips in values, free pages or unused bytes)", trials, refused, sound)
	if refused == 0 || sound == 0 {
		t.Errorf("flips never or always refused (%d, %d): the test does not test", refused, sound)
	}
}

// s2 is a store on path that has not checked the file yet, as in a new
// process that skipped Open.
func s2(path string) *Store { return &Store{path: path, timeout: testTimeout} }

// A file cut anywhere inside its pages is refused at open and not written.
func TestTruncations(t *testing.T) {
	src := pristine(t, 60)
	used, err := faulttest.UsedSize(src)
	if err != nil {
		t.Fatal(err)
	}
	step := int64(4096)
	if testing.Short() {
		step = 4 * 4096
	}
	cuts := 0
	for size := int64(1); size < used; size += step {
		for _, cut := range []int64{size, size + 1000} {
			path := filepath.Join(t.TempDir(), "tamis.db")
			copyFile(t, src, path)
			if err := os.Truncate(path, cut); err != nil {
				t.Fatal(err)
			}
			before, _ := os.ReadFile(path)
			_, err := open(path, nil, testTimeout)
			if !errors.Is(err, ErrCorrupt) && !errors.Is(err, ErrNotTamis) {
				t.Errorf("cut at %d of %d: open: %v", cut, used, err)
			}
			if err := s2(path).SetRules(Rules{Deny: []string{"x"}}); err == nil {
				t.Errorf("cut at %d: a write reached a truncated file", cut)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Errorf("cut at %d: the truncated file was written", cut)
			}
			cuts++
		}
	}
	t.Logf("%d truncations of a %d-byte file, all refused untouched", cuts, used)
}
