package store

import (
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"
)

// TakeFolder settles the pending conflict of id with the folder's text:
// the folder's versions after the common ones are added here as they were,
// the last one as a new version saved with ch (the référent's role, the
// reason, the event), after guard (nil for none) accepts it; the record
// goes. It returns the new version's number; ErrNoConflict when none is
// pending.
func (s *Store) TakeFolder(id string, ch Change, guard Guard) (int, error) {
	var n int
	err := s.update(func(tx *bolt.Tx) error {
		c, err := pendingConflictTx(tx, id)
		if err != nil {
			return err
		}
		last := c.Folder()
		if guard != nil {
			if err := guard(last); err != nil {
				return err
			}
		}
		for _, v := range c.Versions[:len(c.Versions)-1] {
			if _, err := putTx(tx, v.Template, Change{Role: v.Role, Reason: v.Note}, v.Time); err != nil {
				return err
			}
		}
		if n, err = saveTx(tx, last, ch, time.Now()); errors.Is(err, ErrUnchanged) {
			n, err = currentNumber(tx, id), nil
		}
		if err != nil {
			return err
		}
		return tx.Bucket([]byte(bucketConflicts)).Delete(idKey(id))
	})
	return n, err
}

// KeepLocal settles the pending conflict of id with this laptop's text:
// nothing changes in the template; the folder's text stays here, set
// aside (see the package's conflicts.go). The event of ch's action is
// recorded with the current version, which it returns.
func (s *Store) KeepLocal(id string, ch Change) (int, error) {
	var n int
	err := s.update(func(tx *bolt.Tx) error {
		c, err := pendingConflictTx(tx, id)
		if err != nil {
			return err
		}
		now := time.Now()
		c.Kept = now
		if err := putConflictTx(tx, c); err != nil {
			return err
		}
		n = currentNumber(tx, id)
		if ch.Action == "" {
			return nil
		}
		e := Event{Time: now, TemplateID: id, Action: ch.Action, Version: n, Role: ch.Role}
		if err := checkEvent(e); err != nil {
			return err
		}
		return putEventTx(tx, e)
	})
	return n, err
}
