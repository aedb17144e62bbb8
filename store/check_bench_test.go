package store

import (
	"os"
	"testing"

	bolt "go.etcd.io/bbolt"
)

// BenchmarkCheck10k is the cost of the check that runs before the first
// write of a process, on a file of 10,000 templates.
func BenchmarkCheck10k(b *testing.B) {
	s := benchStore(b)
	if info, err := os.Stat(s.Path()); err == nil {
		b.Logf("file of %d MiB", info.Size()>>20)
	}
	b.Run("checkFile", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			s.sound.Store(false)
			if err := s.Check(); err != nil {
				b.Fatal(err)
			}
		}
	})
	// What a process pays to open the file, check included.
	b.Run("Open", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := open(s.Path(), nil, lockTimeout); err != nil {
				b.Fatal(err)
			}
		}
	})
	// bbolt's own Tx.Check on the same file, for comparison.
	b.Run("bbolt.Tx.Check", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			err := s.withDB(modeRead, 0, func(db *bolt.DB) error {
				return db.View(func(tx *bolt.Tx) error {
					for err := range tx.Check() {
						return err
					}
					return nil
				})
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
