package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/linediff"
	"tamis/method"
	"tamis/store"
)

// The charter travels in a shared folder as .tamis/charte.md, the Markdown
// as `tamis charte` shows it (the default charter until the référent writes
// one): not beside the templates, which `tamis import` reads as such.
const charterFile = "charte.md"

// addCharterFile adds the charter to the files of an export. It refuses to
// replace a charter of the folder that this laptop never had: it comes
// from another laptop, and `tamis import DIR` must take it first.
func addCharterFile(st *store.Store, dir string, files map[string][]byte) error {
	text, err := st.Charter()
	if err != nil {
		return err
	}
	text = method.CharterOrDefault(text)
	theirs, err := os.ReadFile(filepath.Join(dir, shareDir, charterFile))
	if err == nil && string(theirs) != text {
		known, err := st.CharterKnown(string(theirs), method.DefaultCharter)
		if err != nil {
			return err
		}
		if !known {
			return fmt.Errorf(i18n.T("rien n’a été exporté : la charte du dossier « %s » vient d’un autre poste, cette base ne l’a jamais eue ; tamis import %s d’abord, pour ne rien perdre",
				"nothing was exported: the charter in folder %q comes from another laptop, this database never had it; tamis import %s first, so that nothing is lost"), dir, dir)
		}
	}
	files[filepath.Join(shareDir, charterFile)] = []byte(text)
	return nil
}

// readSharedCharter reads the folder's charter; "" when it has none (a
// folder written before the charter travelled).
func readSharedCharter(dir string, io streams) (string, error) {
	path := filepath.Join(dir, shareDir, charterFile)
	if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	text, err := readTextArg(io, path)
	if err != nil {
		return "", err
	}
	// Shown on every volunteer's terminal: no escape sequence, no hidden
	// character, as in a template.
	return text, library.CheckValue(path, text)
}

// mergeCharter merges the folder's charter and says what it did: taken
// when this laptop's was the default or unchanged since the last import;
// kept, with the difference, when both changed.
func mergeCharter(st *store.Store, dir, theirs string, io streams) error {
	if theirs == "" {
		return nil
	}
	local, err := st.Charter()
	if err != nil {
		return err
	}
	out, err := st.MergeCharter(theirs, method.DefaultCharter, time.Now())
	if err != nil {
		return err
	}
	switch out {
	case store.CharterTaken:
		v, _ := st.CharterVersion()
		fmt.Fprintf(io.out, i18n.T("Charte : celle du dossier est reprise ici (version %d) ; chacun est invité à la signer de nouveau.\n",
			"Charter: the folder's is taken here (version %d); everyone is asked to sign it again.\n"), v)
	case store.CharterConflict:
		path := filepath.Join(dir, shareDir, charterFile)
		fmt.Fprintf(io.err, i18n.T("tamis : la charte a changé ici et dans le dossier depuis le dernier import : celle d’ici est gardée. Voici la différence ; pour prendre celle du dossier : tamis charte --modifier %s\n",
			"tamis: the charter changed here and in the folder since the last import: the one here is kept. Here is the difference; to take the folder's: tamis charte --edit %s\n"), path)
		fmt.Fprint(io.err, linediff.Unified(i18n.T("charte d’ici", "charter here"), path, local, theirs, useColor(io.err)))
	}
	return nil
}
