package store

import (
	"bytes"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// ErrExists: a new template would take the id of an existing one.
var ErrExists = &Error{
	"cet identifiant est déjà pris : gardez celui qui est proposé, ou un autre libre",
	"this id is already taken: keep the one proposed, or another free one",
}

// Create saves t as a new template, its first version made by ch.Role;
// ErrExists when a template has or had its id (a deleted one keeps its
// history), so that the référent's new template never replaces another
// one silently nor continues its history.
func (s *Store) Create(t library.Template, ch Change) (int, error) {
	return s.save(t, ch, nil, func(tx *bolt.Tx) error {
		if tx.Bucket([]byte(bucketTemplates)).Get(idKey(t.ID)) != nil ||
			tx.Bucket([]byte(bucketHistory)).Bucket(idKey(t.ID)) != nil {
			return about(t.ID, ErrExists)
		}
		return nil
	})
}

// ErrChanged: the template changed since the edit started from it.
var ErrChanged = &Error{
	"ce modèle a changé ailleurs depuis son ouverture (une autre fenêtre de tamis, ou la ligne de commande)",
	"this template changed elsewhere since it was opened (another tamis window, or the command line)",
}

// Edit saves t, the new text of an existing template, as a new version.
// base is the text the edit started from: when the stored template is no
// longer base (another tamis, the command line), ErrChanged and nothing is
// written, so that an edit never silently undoes another; a zero base
// skips that check. guard (nil for none) sees the text in the same
// transaction, as for SetStatus; ErrNotFound when the template does not
// exist, ErrUnchanged when t is its current text.
func (s *Store) Edit(t, base library.Template, ch Change, guard Guard) (int, error) {
	return s.save(t, ch, guard, func(tx *bolt.Tx) error {
		cur, err := getTx(tx, t.ID)
		if err == nil && base.ID != "" && !bytes.Equal(library.Format(cur), library.Format(base)) {
			return about(t.ID, ErrChanged)
		}
		return err
	})
}

// save checks t, lets exists decide on its id, runs guard and writes the
// version with its event, all in one transaction.
func (s *Store) save(t library.Template, ch Change, guard Guard, exists func(*bolt.Tx) error) (int, error) {
	if err := validate(t); err != nil {
		return 0, err
	}
	var n int
	err := s.update(func(tx *bolt.Tx) error {
		if err := exists(tx); err != nil {
			return err
		}
		if guard != nil {
			if err := guard(t); err != nil {
				return err
			}
		}
		var err error
		n, err = saveTx(tx, t, ch, time.Now())
		return err
	})
	return n, err
}
