package store

import (
	"encoding/binary"

	bolt "go.etcd.io/bbolt"
)

// keyChanges, in the meta bucket, counts the writes of the profile and the
// rules. A program that keeps a classifier for a long time (the volunteer's
// TUI) reads it before each final check and rebuilds the classifier only
// when it moved: one 8-byte read instead of the whole profile and lists.
// Absent means 0 (a file that never had its profile or rules written).
const keyChanges = "changes"

// bumpChanges increments the counter inside the caller's write transaction,
// so that the counter and the data it stands for change together.
func bumpChanges(tx *bolt.Tx) error {
	meta := tx.Bucket([]byte(bucketMeta))
	return meta.Put([]byte(keyChanges), binary.BigEndian.AppendUint64(nil, changesOf(meta)+1))
}

// changesOf reads the counter; 0 when missing or malformed.
func changesOf(meta *bolt.Bucket) uint64 {
	v := meta.Get([]byte(keyChanges))
	if len(v) != 8 {
		return 0
	}
	return binary.BigEndian.Uint64(v)
}

// RulesVersion returns the change counter of the profile and the rules: it
// differs from a previous reading when either was written since. Compare
// for difference, not order: a file restored from a backup may go back.
func (s *Store) RulesVersion() (uint64, error) {
	var v uint64
	err := s.view(func(tx *bolt.Tx) error {
		v = changesOf(tx.Bucket([]byte(bucketMeta)))
		return nil
	})
	return v, err
}

// VersionedClassifierRules is ClassifierRules with the RulesVersion they
// were read at, both from one read transaction, so that the version never
// stands for other rules than those returned.
func (s *Store) VersionedClassifierRules() (CheckRules, uint64, error) {
	var (
		r CheckRules
		v uint64
	)
	err := s.view(func(tx *bolt.Tx) error {
		v = changesOf(tx.Bucket([]byte(bucketMeta)))
		lists, p, err := rulesAndProfileTx(tx)
		r = classifierRules(lists, p)
		return err
	})
	return r, v, err
}
