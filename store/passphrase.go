package store

import (
	"fmt"
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
