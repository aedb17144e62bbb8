package store

import (
	"time"

	bolt "go.etcd.io/bbolt"
)

// The référent's option « the charter before the first copy of the day »,
// and the last day it was acknowledged on this laptop: a date only, since
// tamis cannot know who sits at a shared laptop and keeps no name for it.
const (
	keyCharterBeforeCopy = "charter-before-copy"
	keyCharterAckDay     = "charter-before-copy-day"
)

// CharterBeforeCopy reports whether the référent asked for the charter
// before the first copy of the day; off by default.
func (s *Store) CharterBeforeCopy() (bool, error) {
	var on bool
	err := s.view(func(tx *bolt.Tx) error {
		on = getInt(tx, keyCharterBeforeCopy, 0) == 1
		return nil
	})
	return on, err
}

// SetCharterBeforeCopy turns the option on or off.
func (s *Store) SetCharterBeforeCopy(on bool) error {
	n := 0
	if on {
		n = 1
	}
	return s.update(func(tx *bolt.Tx) error { return putInt(tx, keyCharterBeforeCopy, n) })
}

// CharterDue reports whether the charter is to be shown before a copy now:
// the option is on and today (this laptop's calendar day) was not yet
// acknowledged. signed says whether the register holds any signature.
func (s *Store) CharterDue(now time.Time) (due, signed bool, err error) {
	err = s.view(func(tx *bolt.Tx) error {
		if getInt(tx, keyCharterBeforeCopy, 0) != 1 {
			return nil
		}
		day := tx.Bucket([]byte(bucketSettings)).Get([]byte(keyCharterAckDay))
		if string(day) == dayOf(now) {
			return nil
		}
		var list []Signature
		if err := getJSON(tx, keySignatures, &list); err != nil {
			return err
		}
		due, signed = true, len(list) > 0
		return nil
	})
	return due, signed, err
}

// AcknowledgeCharter records that the charter was read and signed, or
// confirmed signed, today: the question does not come again until tomorrow.
func (s *Store) AcknowledgeCharter(now time.Time) error {
	return s.update(func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketSettings)).Put([]byte(keyCharterAckDay), []byte(dayOf(now)))
	})
}

// dayOf is the local calendar day of now, as 2006-01-02.
func dayOf(now time.Time) string { return now.Local().Format(time.DateOnly) }
