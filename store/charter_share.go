package store

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// The charter travels in shared folders like the profile. A merge needs
// two things a single text cannot say: which charters this laptop has had
// (keyCharterSeen, their SHA-256: a folder holding one of them is older),
// and the charter as last imported (keyCharterBase: a local charter still
// equal to it was not changed here since, and the folder's may replace it).
const (
	keyCharterSeen = "charter-seen"
	keyCharterBase = "charter-base"
)

// CharterMerge is what MergeCharter did with a shared folder's charter.
type CharterMerge int

// The outcomes of a charter merge.
const (
	CharterSame       CharterMerge = iota // the same text on both sides
	CharterTaken                          // the folder's is newer: it is the charter here now
	CharterLocalNewer                     // the folder holds an older charter of this laptop
	CharterConflict                       // both changed since the last import: the local one is kept
)

func charterSum(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// seeCharterTx adds text to the charters this laptop has had.
func seeCharterTx(tx *bolt.Tx, text string) error {
	var seen []string
	if err := getJSON(tx, keyCharterSeen, &seen); err != nil {
		return err
	}
	if sum := charterSum(text); !slices.Contains(seen, sum) {
		return putJSON(tx, keyCharterSeen, append(seen, sum))
	}
	return nil
}

// charterKnownTx reports whether this laptop has had text as its charter:
// the current one, the default def, or an earlier one.
func charterKnownTx(tx *bolt.Tx, text, def string) (bool, error) {
	cur := string(tx.Bucket([]byte(bucketSettings)).Get([]byte(keyCharter)))
	if text == def || text == cur {
		return true, nil
	}
	var seen []string
	err := getJSON(tx, keyCharterSeen, &seen)
	return slices.Contains(seen, charterSum(text)), err
}

// CharterKnown reports whether this laptop has had text as its charter
// (def is the default charter): an export may then replace it in a folder.
func (s *Store) CharterKnown(text, def string) (bool, error) {
	var known bool
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		known, err = charterKnownTx(tx, text, def)
		return err
	})
	return known, err
}

// MergeCharter merges a shared folder's charter (def is the default
// charter). The folder's wins when this laptop's is the default or
// unchanged since the last import; a charter this laptop already had is
// older and changes nothing; otherwise both changed and the local one is
// kept. A charter taken is a new version, recorded as an event.
func (s *Store) MergeCharter(text, def string, now time.Time) (CharterMerge, error) {
	var out CharterMerge
	err := s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketSettings))
		cur := string(b.Get([]byte(keyCharter)))
		local := cur
		if strings.TrimSpace(local) == "" {
			local = def
		}
		known, err := charterKnownTx(tx, text, def)
		switch {
		case err != nil:
			return err
		case text == local:
			out = CharterSame
			return b.Put([]byte(keyCharterBase), []byte(text))
		case known:
			out = CharterLocalNewer
			return nil
		case local != def && cur != string(b.Get([]byte(keyCharterBase))):
			out = CharterConflict
			return nil
		}
		out = CharterTaken
		if err := setCharterTx(tx, text); err != nil {
			return err
		}
		if err := b.Put([]byte(keyCharterBase), []byte(text)); err != nil {
			return err
		}
		return putEventTx(tx, Event{Time: now, Action: ActionCharterChanged})
	})
	return out, err
}
