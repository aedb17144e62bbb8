package store

import (
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"
)

// Events are kept DefaultRetentionMonths unless the référent sets another
// retention, from 1 to MaxRetentionMonths: long enough for the annual
// review, short enough that the file does not keep a trace of every use
// for ever.
const (
	DefaultRetentionMonths = 24
	MaxRetentionMonths     = 120
)

// ErrBadRetention: a retention outside 1 to 120 months.
var ErrBadRetention = &Error{
	"durée de conservation refusée : de 1 à 120 mois",
	"retention refused: 1 to 120 months",
}

// RetentionMonths is how many months events are kept.
func (s *Store) RetentionMonths() (int, error) {
	var n int
	err := s.view(func(tx *bolt.Tx) error {
		n = retentionTx(tx)
		return nil
	})
	return n, err
}

func retentionTx(tx *bolt.Tx) int {
	n := getInt(tx, keyRetention, DefaultRetentionMonths)
	if n < 1 || n > MaxRetentionMonths {
		return DefaultRetentionMonths
	}
	return n
}

// SetRetentionMonths sets the retention and prunes at once what it no
// longer keeps; it returns how many events were removed.
func (s *Store) SetRetentionMonths(n int, now time.Time) (int, error) {
	if n < 1 || n > MaxRetentionMonths {
		return 0, ErrBadRetention
	}
	var pruned int
	err := s.update(func(tx *bolt.Tx) error {
		if err := putInt(tx, keyRetention, n); err != nil {
			return err
		}
		var err error
		pruned, err = pruneTx(tx, now)
		return err
	})
	return pruned, err
}

// PruneEvents removes the events older than the retention; tamis also does
// it at each event it records.
func (s *Store) PruneEvents(now time.Time) (int, error) {
	var pruned int
	err := s.update(func(tx *bolt.Tx) error {
		var err error
		pruned, err = pruneTx(tx, now)
		return err
	})
	return pruned, err
}

// pruneTx deletes, oldest first, the events before now minus the
// retention, and stops at the first one it keeps.
func pruneTx(tx *bolt.Tx, now time.Time) (int, error) {
	cutoff := now.AddDate(0, -retentionTx(tx), 0)
	c := tx.Bucket([]byte(bucketEvents)).Cursor()
	n := 0
	for k, v := c.First(); k != nil; k, v = c.First() {
		var e Event
		if err := json.Unmarshal(v, &e); err != nil {
			return n, fmtCorrupt(k)
		}
		if !e.Time.Before(cutoff) {
			break
		}
		if err := c.Delete(); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}
