package store

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"
)

// keyAttempts holds the wrong passphrase attempts since the last right one,
// as "<count> <RFC 3339 time of the last one>", in the settings bucket: it
// survives a restart, so that quitting tamis does not reset the wait.
const keyAttempts = "passphrase-attempts"

// PassphraseAttempts counts the wrong passphrases in a row and the time of
// the last one. The passphrases themselves are never kept.
type PassphraseAttempts struct {
	Failures int
	Last     time.Time
}

// PassphraseAttempts returns the attempts recorded so far; zero when none.
func (s *Store) PassphraseAttempts() (PassphraseAttempts, error) {
	var a PassphraseAttempts
	err := s.view(func(tx *bolt.Tx) error {
		a = attemptsTx(tx)
		return nil
	})
	return a, err
}

// ReservePassphraseAttempt is called before a passphrase is checked. In one
// transaction it reads the attempts and asks wait how long the next one
// must still wait; if it must, nothing changes and the wait is returned, for
// the caller to sleep without holding the file. Otherwise the attempt is
// counted as a failure at now before the check (ResetPassphraseAttempts
// clears it when the passphrase is right): killing tamis during the check
// cannot skip the count, and two tamis trying at once see each other's
// attempts instead of both passing the same wait.
func (s *Store) ReservePassphraseAttempt(now time.Time, wait func(PassphraseAttempts, time.Time) time.Duration) (time.Duration, error) {
	var d time.Duration
	err := s.update(func(tx *bolt.Tx) error {
		a := attemptsTx(tx)
		if d = wait(a, now); d > 0 {
			return nil
		}
		a.Failures++
		a.Last = now
		return tx.Bucket([]byte(bucketSettings)).Put([]byte(keyAttempts), []byte(formatAttempts(a)))
	})
	return d, err
}

// ResetPassphraseAttempts forgets the attempts after a right passphrase.
func (s *Store) ResetPassphraseAttempts() error {
	return s.setSetting(keyAttempts, "")
}

// attemptsTx reads the attempts; a value that does not parse counts as
// several failures just now rather than none, so that damaging the setting
// does not lift the wait.
func attemptsTx(tx *bolt.Tx) PassphraseAttempts {
	v := tx.Bucket([]byte(bucketSettings)).Get([]byte(keyAttempts))
	if v == nil {
		return PassphraseAttempts{}
	}
	count, at, ok := strings.Cut(string(v), " ")
	n, err1 := strconv.Atoi(count)
	t, err2 := time.Parse(time.RFC3339Nano, at)
	if !ok || err1 != nil || err2 != nil || n < 0 {
		return PassphraseAttempts{Failures: unreadableFailures, Last: time.Now()}
	}
	return PassphraseAttempts{Failures: n, Last: t}
}

// unreadableFailures is the count assumed for an unreadable attempts
// setting: as many as the free ones (referent.FreeAttempts), so a wait follows.
const unreadableFailures = 5

func formatAttempts(a PassphraseAttempts) string {
	return fmt.Sprintf("%d %s", a.Failures, a.Last.UTC().Format(time.RFC3339Nano))
}

// ErrPassphraseChanged: another tamis set or changed the passphrase
// between the moment it was read and the moment it was replaced.
var ErrPassphraseChanged = &Error{
	"la phrase de passe a été définie ou changée entre-temps par un autre tamis : rien n'a été enregistré",
	"the passphrase was set or changed meanwhile by another tamis: nothing was saved",
}

// ReplacePassphraseHash stores hash in place of old ("" when there was
// none) and forgets the wrong attempts, in one transaction; if the stored
// hash is no longer old, nothing changes and ErrPassphraseChanged is
// returned, so two référents typing init or passwd at once cannot
// overwrite each other unseen. hash must pass SetPassphraseHash's guard.
func (s *Store) ReplacePassphraseHash(old, hash string) error {
	if !looksHashed(hash) || hash == "" {
		return ErrNotHashed
	}
	return s.update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte(bucketSettings))
		if string(b.Get([]byte(keyPass))) != old {
			return ErrPassphraseChanged
		}
		if err := b.Delete([]byte(keyAttempts)); err != nil {
			return err
		}
		return b.Put([]byte(keyPass), []byte(hash))
	})
}

// DamagedPassphraseHash reads the référent's passphrase hash from a file
// that may be damaged, the way Salvage would keep it: "" when none can be
// read. tamis verifier uses it to ask the passphrase before it repairs.
func DamagedPassphraseHash(path string) string {
	var hash string
	_ = lockShared(path, func() error {
		r, m, f, err := openRescue(path)
		if err != nil {
			return err
		}
		defer f.Close()
		root, _ := r.rootEntries(m)
		v, ok := find(root, bucketSettings)
		if !ok {
			return nil
		}
		entries, _ := r.entries(v)
		for _, e := range keepText(entries) {
			if string(e.key) == keyPass {
				hash = string(e.value)
			}
		}
		return nil
	})
	return hash
}

// currentPassphraseHash is the hash of the file at path, sound or damaged;
// "" when there is none, or no file.
func currentPassphraseHash(path string) string {
	if _, err := os.Stat(path); err != nil {
		return ""
	}
	if h, err := (&Store{path: path, timeout: lockTimeout}).PassphraseHash(); err == nil {
		return h
	}
	return DamagedPassphraseHash(path)
}

// carryPassphrase gives the copy about to be restored the current file's
// passphrase hash: the référent is the one of the laptop, not of the data,
// so restoring a copy made before a change of passphrase, or before there
// was one, neither brings back the old passphrase nor removes it. With no
// current passphrase the copy's own is kept.
func carryPassphrase(restored, current string) error {
	hash := currentPassphraseHash(current)
	if hash == "" {
		return nil
	}
	return (&Store{path: restored, timeout: lockTimeout}).update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte(bucketSettings)) // a copy of schema 1
		if err != nil {
			return err
		}
		if err := b.Delete([]byte(keyAttempts)); err != nil {
			return err
		}
		return b.Put([]byte(keyPass), []byte(hash))
	})
}
