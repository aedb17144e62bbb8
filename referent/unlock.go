package referent

import (
	"errors"
	"time"

	"tamis/store"
)

// ErrWrongPhrase: the passphrase does not match. It says nothing of the
// passphrase given or of the stored hash.
var ErrWrongPhrase = &Error{"phrase de passe incorrecte", "wrong passphrase"}

// ErrNoReferent: no passphrase is set, so there is nothing to check.
var ErrNoReferent = &Error{
	"aucun référent défini : tamis referent init pour en définir un",
	"no référent defined: tamis referent init to define one",
}

// Gate checks passphrases against one database. Now and Sleep are the
// clock, replaced in tests so that the waits take no time; Waiting is told
// each wait before it starts, to tell the user.
type Gate struct {
	Store   *store.Store
	Now     func() time.Time
	Sleep   func(time.Duration)
	Waiting func(time.Duration)
}

// NewGate is a Gate on the real clock that tells nobody about waits.
func NewGate(st *store.Store) Gate {
	return Gate{Store: st, Now: time.Now, Sleep: time.Sleep, Waiting: func(time.Duration) {}}
}

// Defined reports whether a référent passphrase is set.
func (g Gate) Defined() (bool, error) {
	h, err := g.Store.PassphraseHash()
	return h != "", err
}

// Unlock checks phrase: nil when it is the référent's passphrase. After
// FreeAttempts wrong ones in a row it first waits (Wait), sleeping without
// holding the database, so other tamis keep working meanwhile. A wrong
// passphrase is recorded as an event, without the passphrase.
func (g Gate) Unlock(phrase string) error {
	hash, err := g.Store.PassphraseHash()
	if err != nil {
		return err
	}
	if hash == "" {
		return ErrNoReferent
	}
	if err := g.reserve(); err != nil {
		return err
	}
	ok, err := Verify(Normalize(phrase), hash)
	if err != nil {
		return err
	}
	if !ok {
		return errors.Join(ErrWrongPhrase, g.Store.RecordReferent(store.ActionReferentRefused))
	}
	return g.Store.ResetPassphraseAttempts()
}

// reserve waits until the next attempt is allowed and counts it.
func (g Gate) reserve() error {
	remaining := func(a store.PassphraseAttempts, now time.Time) time.Duration {
		return Remaining(a.Failures, a.Last, now)
	}
	for {
		d, err := g.Store.ReservePassphraseAttempt(g.Now(), remaining)
		if err != nil || d == 0 {
			return err
		}
		g.Waiting(d)
		g.Sleep(d)
	}
}

// Set stores a new passphrase's hash, made with p, in place of the hash
// old that the caller read ("" when none was set) and clears the wrong
// attempts; store.ErrPassphraseChanged if another tamis changed it
// meanwhile. The caller has checked the old passphrase, if any, with Unlock.
func (g Gate) Set(old, phrase string, p Params) error {
	phrase = Normalize(phrase)
	if err := CheckNew(phrase); err != nil {
		return err
	}
	hash, err := Hash(phrase, p)
	if err != nil {
		return err
	}
	return g.Store.ReplacePassphraseHash(old, hash)
}
