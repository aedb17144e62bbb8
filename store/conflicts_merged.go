package store

import (
	"bytes"
	"errors"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// Merged is a text the référent merged from both sides of a conflict, with
// the two texts it started from.
type Merged struct {
	Template library.Template // the merged text, saved as a new version
	Local    library.Template // this laptop's text the merge started from
	Folder   library.Template // the folder's text the merge started from
}

// ErrConflictChanged: the folder's side of the conflict changed (another
// import) since the merge started from it.
var ErrConflictChanged = &Error{
	"le dossier a été importé de nouveau depuis l’ouverture de la fusion : son texte a changé",
	"the folder was imported again since the merge was opened: its text changed",
}

// SettleMerged settles the pending conflict of m.Template's id with the
// merged text: it is saved as a new version with ch (the référent's role,
// the reason, the event), after guard (nil for none) accepts it, and the
// folder's text is set aside here as KeepLocal does, so that importing the
// same folder again does not raise the conflict again and nothing of it is
// lost. All in one transaction; ErrChanged when this laptop's text is no
// longer m.Local (a zero m.Local skips that check, as for Edit),
// ErrConflictChanged when the folder's is no longer
// m.Folder, ErrNoConflict when none is pending. A merged text equal to
// this laptop's settles the conflict without a new version.
func (s *Store) SettleMerged(m Merged, ch Change, guard Guard) (int, error) {
	t := m.Template
	if err := validate(t); err != nil {
		return 0, err
	}
	var n int
	err := s.update(func(tx *bolt.Tx) error {
		c, err := mergeableTx(tx, m)
		if err != nil {
			return err
		}
		if guard != nil {
			if err := guard(t); err != nil {
				return err
			}
		}
		now := time.Now()
		n, err = saveTx(tx, t, ch, now)
		if errors.Is(err, ErrUnchanged) {
			n, err = currentNumber(tx, t.ID), putMergedEventTx(tx, t.ID, n, ch, now)
		}
		if err != nil {
			return err
		}
		c.Kept = now
		return putConflictTx(tx, c)
	})
	return n, err
}

// mergeableTx reads the pending conflict m settles, and checks that
// neither side changed since the merge started from them.
func mergeableTx(tx *bolt.Tx, m Merged) (Conflict, error) {
	id := m.Template.ID
	c, err := pendingConflictTx(tx, id)
	switch {
	case err != nil:
		return Conflict{}, err
	case !bytes.Equal(library.Format(c.Folder()), library.Format(m.Folder)):
		return Conflict{}, about(id, ErrConflictChanged)
	}
	cur, err := getTx(tx, id)
	if err != nil {
		return Conflict{}, err
	}
	if m.Local.ID != "" && !bytes.Equal(library.Format(cur), library.Format(m.Local)) {
		return Conflict{}, about(id, ErrChanged)
	}
	return c, nil
}

// putMergedEventTx records the event of a merge that made no version.
func putMergedEventTx(tx *bolt.Tx, id string, n int, ch Change, now time.Time) error {
	if ch.Action == "" {
		return nil
	}
	e := Event{Time: now, TemplateID: id, Action: ch.Action, Version: n, Role: ch.Role}
	if err := checkEvent(e); err != nil {
		return err
	}
	return putEventTx(tx, e)
}
