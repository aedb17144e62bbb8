package store

import (
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

// conflictTexts is what recordConflictTx compares: the texts of both
// sides' versions, oldest first.
type conflictTexts struct{ local, folder []string }

// common is the number of versions both sides share, from the first.
func (t conflictTexts) common() int {
	n := 0
	for n < len(t.local) && n < len(t.folder) && t.local[n] == t.folder[n] {
		n++
	}
	return n
}

// recordConflictTx keeps the folder's side of a conflict on in. Importing
// the same folder again changes nothing: a pending record with the same
// folder text stays as it is, and a text the référent already set aside
// (kept this laptop's) is not raised again: setAside is then true. A
// folder changed since replaces the pending record, whose versions it
// holds too.
func recordConflictTx(tx *bolt.Tx, in SharedTemplate, t conflictTexts, now time.Time) (setAside bool, err error) {
	old, ok, err := conflictTx(tx, in.ID)
	if err != nil {
		return false, err
	}
	folder := t.folder[len(t.folder)-1]
	if ok && string(library.Format(old.Folder())) == folder {
		return !old.Pending(), nil
	}
	n := t.common()
	c := Conflict{ID: in.ID, Imported: now, Common: n, Versions: append([]Version(nil), in.Versions[n:]...)}
	return false, putConflictTx(tx, c)
}

// clearPendingTx forgets the pending conflict of id, if any: a merge that
// met no conflict on it (the folder caught up, or has this laptop's text)
// settled it. A text set aside stays.
func clearPendingTx(tx *bolt.Tx, id string) error {
	c, ok, err := conflictTx(tx, id)
	if err != nil || !ok || !c.Pending() {
		return err
	}
	return tx.Bucket([]byte(bucketConflicts)).Delete(idKey(id))
}
