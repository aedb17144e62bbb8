package store

import (
	"strings"

	bolt "go.etcd.io/bbolt"
)

// ErrNotHashed: SetPassphraseHash was given something that is not a hash.
var ErrNotHashed = &Error{
	"la phrase de passe doit être enregistrée hachée, jamais en clair",
	"the passphrase must be stored hashed, never in clear",
}

// Charter returns the association's charter for the use of AI; "" when the
// référent has not written one.
func (s *Store) Charter() (string, error) {
	return s.setting(keyCharter)
}

// PassphraseHash returns the hash of the référent's passphrase, "" when none
// is set. The store never sees the passphrase itself: hash it with
// golang.org/x/crypto (argon2id or bcrypt) and compare there.
func (s *Store) PassphraseHash() (string, error) {
	return s.setting(keyPass)
}

// SetPassphraseHash stores a passphrase hash in a modular crypt or PHC
// format ("$argon2id$…", "$2a$…"); anything not starting with "$" is refused
// with ErrNotHashed, a last guard against storing a passphrase in clear.
// "" removes the passphrase.
func (s *Store) SetPassphraseHash(hash string) error {
	if hash != "" && !looksHashed(hash) {
		return ErrNotHashed
	}
	return s.setSetting(keyPass, hash)
}

// looksHashed is the last guard against a passphrase stored in clear: a
// hash starts with "$" and holds no space or newline.
func looksHashed(hash string) bool {
	return strings.HasPrefix(hash, "$") && !strings.ContainsAny(hash, " \n")
}

func (s *Store) setting(key string) (string, error) {
	var v string
	err := s.view(func(tx *bolt.Tx) error {
		v = string(tx.Bucket([]byte(bucketSettings)).Get([]byte(key)))
		return nil
	})
	return v, err
}

// setSetting stores value under key; "" deletes the key.
func (s *Store) setSetting(key, value string) error {
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketSettings))
		if value == "" {
			return b.Delete([]byte(key))
		}
		return b.Put([]byte(key), []byte(value))
	})
}
