package store

import (
	"encoding/json"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// A conflict of a merge (both sides changed since their last common
// version) keeps the folder's side here, in conflicts/<id>, until the
// référent settles it: nothing is lost when the folder changes again or is
// written over by an export. It is the référent's data (templates' texts),
// never a volunteer's value.
//
// Settling: take the folder's text (its versions are added here, the last
// one as a new version by the référent, and the record goes), or keep this
// laptop's (the record stays, marked kept, so that importing the same
// folder again does not raise the conflict again and an export may write
// over the folder's text, which stays here).

// Conflict is the folder's side of a conflict.
type Conflict struct {
	ID       string
	Imported time.Time // when the import met it
	Common   int       // versions both sides share, from the first
	// Versions are the folder's versions after the common ones, oldest
	// first; the last is the folder's current text.
	Versions []Version
	// Kept is when the référent kept this laptop's text instead; zero
	// while the conflict is pending.
	Kept time.Time
}

// Pending reports whether the conflict still waits for the référent.
func (c Conflict) Pending() bool { return c.Kept.IsZero() }

// Folder is the folder's current text.
func (c Conflict) Folder() library.Template { return c.Versions[len(c.Versions)-1].Template }

// ErrNoConflict: no pending conflict for that template.
var ErrNoConflict = &Error{"aucun conflit à régler pour ce modèle", "no conflict to settle for this template"}

// conflictRecord is a Conflict as stored: each version's text in the text
// format, which keeps everything of a template.
type conflictRecord struct {
	ID       string          `json:"id"`
	Imported time.Time       `json:"imported"`
	Common   int             `json:"common"`
	Versions []conflictEntry `json:"versions"`
	Kept     time.Time       `json:"kept,omitzero"`
}

type conflictEntry struct {
	Number int       `json:"number"`
	Time   time.Time `json:"time"`
	Role   Role      `json:"role,omitempty"`
	Reason string    `json:"reason,omitempty"`
	Text   string    `json:"text"`
}

func encodeConflict(c Conflict) ([]byte, error) {
	r := conflictRecord{ID: c.ID, Imported: c.Imported.UTC(), Common: c.Common, Kept: c.Kept.UTC()}
	for _, v := range c.Versions {
		r.Versions = append(r.Versions, conflictEntry{Number: v.Number, Time: v.Time.UTC(), Role: v.Role,
			Reason: v.Note, Text: string(library.Format(v.Template))})
	}
	return json.Marshal(r)
}

func decodeConflict(key, data []byte) (Conflict, error) {
	var r conflictRecord
	if err := json.Unmarshal(data, &r); err != nil || len(r.Versions) == 0 {
		return Conflict{}, fmtCorrupt(key)
	}
	c := Conflict{ID: r.ID, Imported: r.Imported, Common: r.Common, Kept: r.Kept}
	for _, e := range r.Versions {
		ts, err := library.Parse(r.ID, []byte(e.Text))
		if err != nil || len(ts) != 1 {
			return Conflict{}, fmtCorrupt(key)
		}
		c.Versions = append(c.Versions, Version{Number: e.Number, Template: ts[0], Time: e.Time, Note: e.Reason, Role: e.Role})
	}
	return c, nil
}

// pendingConflictTx reads the conflict of id waiting for the référent;
// ErrNoConflict when there is none, or when it was settled.
func pendingConflictTx(tx *bolt.Tx, id string) (Conflict, error) {
	c, ok, err := conflictTx(tx, id)
	if err == nil && (!ok || !c.Pending()) {
		err = about(id, ErrNoConflict)
	}
	return c, err
}

// conflictTx reads the conflict record of id; ok is false when there is none.
func conflictTx(tx *bolt.Tx, id string) (c Conflict, ok bool, err error) {
	b := tx.Bucket([]byte(bucketConflicts))
	if b == nil {
		return Conflict{}, false, nil
	}
	v := b.Get(idKey(id))
	if v == nil {
		return Conflict{}, false, nil
	}
	c, err = decodeConflict(idKey(id), v)
	return c, err == nil, err
}

func putConflictTx(tx *bolt.Tx, c Conflict) error {
	v, err := encodeConflict(c)
	if err != nil {
		return err
	}
	// The bucket exists since schema 4 (migrate.go); made here if missing
	// all the same, since a nil bucket would panic in the middle of a merge.
	b, err := tx.CreateBucketIfNotExists([]byte(bucketConflicts))
	if err != nil {
		return err
	}
	return b.Put(idKey(c.ID), v)
}

// Conflicts returns the pending conflicts, in id order.
func (s *Store) Conflicts() ([]Conflict, error) {
	var out []Conflict
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketConflicts))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			c, err := decodeConflict(k, v)
			if err == nil && c.Pending() {
				out = append(out, c)
			}
			return err
		})
	})
	return out, err
}

// SetAside returns, by template id, the folder's texts that the référent
// chose not to keep (conflicts settled by keeping this laptop's text): an
// export may write over them, since they are kept here.
func (s *Store) SetAside() (map[string]string, error) {
	out := map[string]string{}
	err := s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketConflicts))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			c, err := decodeConflict(k, v)
			if err == nil && !c.Pending() {
				out[c.ID] = string(library.Format(c.Folder()))
			}
			return err
		})
	})
	return out, err
}

// pendingTx counts the pending conflicts.
func pendingTx(tx *bolt.Tx) (int, error) {
	b := tx.Bucket([]byte(bucketConflicts))
	if b == nil {
		return 0, nil
	}
	n := 0
	err := b.ForEach(func(k, v []byte) error {
		c, err := decodeConflict(k, v)
		if err == nil && c.Pending() {
			n++
		}
		return err
	})
	return n, err
}
