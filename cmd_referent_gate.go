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
// and checks it; exitOK lets the action run. Until a référent is defined
// the action is open, and the command says so.
func requireReferent(st *store.Store, io streams, src phraseSource) int {
	g := newGate(st, io)
	defined, err := g.Defined()
	if err != nil {
		return fail(io, err)
	}
	if !defined {
		warnNoReferent(io)
		return exitOK
	}
	return askAndCheck(src, io, g.Unlock)
}

// askAndCheck asks one passphrase from src and checks it with check.
func askAndCheck(src phraseSource, io streams, check func(string) error) int {
	phrases, err := openPhrases(src, io)
	if err != nil {
		return fail(io, err)
	}
	defer phrases.close()
	return checkPhrase(phrases, io, check)
}

// checkPhrase asks one passphrase from an open reader and checks it.
func checkPhrase(phrases *phraseReader, io streams, check func(string) error) int {
	p, err := phrases.ask(i18n.T("Phrase de passe du référent : ", "Référent passphrase: "))
	if err != nil {
		return fail(io, err)
	}
	return denied(io, check(p))
}

// denied turns the result of a check into an exit code: exitDenied for a
// wrong passphrase, so that a script can tell it from a failure.
func denied(io streams, err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, referent.ErrWrongPhrase):
		fmt.Fprintln(io.err, i18n.T("tamis : phrase de passe incorrecte ; rien n’a été fait.",
			"tamis: wrong passphrase; nothing was done."))
		return exitDenied
	}
	return fail(io, err)
}

// beforeChange runs before a change of the profile or the rules, once the
// values have passed their checks (a refused value costs no attempt): the
// passphrase, then the automatic backup.
func beforeChange(st *store.Store, io streams, src phraseSource) int {
	if code := requireReferent(st, io, src); code != exitOK {
		return code
	}
	return autoBackup(st, io)
}

// requireReferentAt is requireReferent for the commands that work on the
// file itself (sauvegardes, verifier), when it may be missing or damaged:
// no file means no référent; a damaged one is asked its passphrase hash as
// Salvage would keep it, and checked without the wait, which cannot be
// counted in a file that must not be written.
func requireReferentAt(path string, io streams, src phraseSource) int {
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		warnNoReferent(io)
		return exitOK
	}
	st, err := store.Open(path)
	if err == nil {
		return requireReferent(st, io, src)
	}
	if !errors.Is(err, store.ErrCorrupt) {
		return fail(io, err)
	}
	hash := store.DamagedPassphraseHash(path)
	if hash == "" {
		warnNoReferent(io)
		return exitOK
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
