package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	"tamis/i18n"
	"tamis/referent"
	"tamis/store"
)

// referentHooks are the clock, the terminal and the hash costs of the
// référent's checks; the tests replace them so that no wait takes time and
// no test asks a real terminal.
var referentHooks = struct {
	now     func() time.Time
	sleep   func(time.Duration)
	openTTY func() (*os.File, error)
	params  referent.Params
}{time.Now, time.Sleep, openTTY, referent.DefaultParams}

func newGate(st *store.Store, io streams) referent.Gate {
	return referent.Gate{Store: st, Now: referentHooks.now, Sleep: referentHooks.sleep,
		Waiting: func(d time.Duration) { fmt.Fprintf(io.err, "tamis : %s\n", referent.WaitMessage(d)) }}
}

// warnNoReferent says, once per référent command, that the role is open.
func warnNoReferent(io streams) {
	fmt.Fprintln(io.err, i18n.T("tamis : aucun référent défini : tamis referent init pour en définir un",
		"tamis: no référent defined: tamis referent init to define one"))
}

// requireReferent asks the référent's passphrase before a référent action
// and checks it; nil lets the action run, referent.ErrWrongPhrase is a
// wrong passphrase (exit 5). Until a référent is defined the action is
// open, and the command says so.
func requireReferent(st *store.Store, io streams, src phraseSource) error {
	g := newGate(st, io)
	defined, err := g.Defined()
	if err != nil {
		return err
	}
	if !defined {
		warnNoReferent(io)
		return nil
	}
	return askAndCheck(src, io, g.Unlock)
}

// askAndCheck asks one passphrase from src and checks it with check.
func askAndCheck(src phraseSource, io streams, check func(string) error) error {
	phrases, err := openPhrases(src, io)
	if err != nil {
		return err
	}
	defer phrases.close()
	return checkPhrase(phrases, check)
}

// checkPhrase asks one passphrase from an open reader and checks it.
func checkPhrase(phrases *phraseReader, check func(string) error) error {
	p, err := phrases.ask(i18n.T("Phrase de passe du référent : ", "Référent passphrase: "))
	if err != nil {
		return err
	}
	return check(p)
}

// beforeChange runs before a change of the profile or the rules, once the
// values have passed their checks (a refused value costs no attempt): the
// passphrase, then the automatic backup; when the backup fails, the change
// is not made.
func beforeChange(st *store.Store, io streams, src phraseSource) error {
	if err := requireReferent(st, io, src); err != nil {
		return err
	}
	_, err := st.AutoBackup()
	return err
}

// requireReferentAt is requireReferent for the commands that work on the
// file itself (sauvegardes, verifier), when it may be missing or damaged:
// no file means no référent; a damaged one is asked its passphrase hash as
// Salvage would keep it, and checked without the wait, which cannot be
// counted in a file that must not be written.
func requireReferentAt(path string, io streams, src phraseSource) error {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		warnNoReferent(io)
		return nil
	}
	st, err := store.Open(path)
	if err == nil {
		return requireReferent(st, io, src)
	}
	if !errors.Is(err, store.ErrCorrupt) {
		return err
	}
	hash := store.DamagedPassphraseHash(path)
	if hash == "" {
		warnNoReferent(io)
		return nil
	}
	return askAndCheck(src, io, func(p string) error {
		ok, err := referent.Verify(referent.Normalize(p), hash)
		if err == nil && !ok {
			err = referent.ErrWrongPhrase
		}
		return err
	})
}

// recordReferent records a référent action once it is done. The action is
// made: a failure to record it is said, not turned into a failure.
func recordReferent(st *store.Store, io streams, action string) {
	if err := st.RecordReferent(action); err != nil {
		warnNotRecorded(io, err)
	}
}

func warnNotRecorded(io streams, err error) {
	fmt.Fprintf(io.err, i18n.T("tamis : c’est fait, mais l’action n’a pas pu être inscrite au journal : %s\n",
		"tamis: done, but the action could not be recorded: %s\n"), userMessage(err))
}

// recordReferentAt is recordReferent for a file named by its path.
func recordReferentAt(path string, io streams, action string) {
	st, err := store.Open(path)
	if err != nil {
		warnNotRecorded(io, err)
		return
	}
	recordReferent(st, io, action)
}
