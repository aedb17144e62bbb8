package store

import (
	"errors"

	bolt "go.etcd.io/bbolt"
)

// Verify checks the consistency of the tamis database at path without
// writing to it: nil when sound, an error that errors.Is ErrCorrupt when
// damaged (ErrNotTamis, ErrLocked or a system error otherwise).
func Verify(path string) error {
	s := &Store{path: path, timeout: lockTimeout}
	return s.view(func(tx *bolt.Tx) error { return checkTx(path, tx) })
}

// DamageDetail is the technical reason a file failed the check (in
// English, from bbolt's vocabulary: "page 12: reachable freed"), "" when
// err carries none.
func DamageDetail(err error) string {
	var d *errDamage
	if errors.As(err, &d) {
		return d.reason
	}
	return ""
}
