package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"tamis/i18n"
)

// ResolvePath chooses the database file: the --db flag, else $TAMIS_DB, else
// $XDG_DATA_HOME/tamis/tamis.db, else ~/.local/share/tamis/tamis.db. It
// refuses a path that cannot name a database file (ErrBadPath, ErrNotTamis);
// Open creates the folder and the file.
func ResolvePath(flag string) (string, error) {
	p, err := resolvePath(flag, os.Getenv, os.UserHomeDir)
	if err != nil {
		return "", err
	}
	return p, checkPath(p)
}

// ErrBadPath: the path names a folder, or a file whose name is only spaces.
var ErrBadPath = &Error{
	"ce chemin ne désigne pas un fichier : indiquez un fichier, par exemple …/tamis.db (rien n'a été créé)",
	"this path does not name a file: give a file, for example …/tamis.db (nothing was created)",
}

// checkPath refuses, before anything is created, a path Open would take
// the wrong way: a name of spaces (a typo that would create an invisible
// file), a trailing slash or a folder (Open would create a folder of that
// name), and a special file that says it is empty but is not, such as
// /proc/self/status, which Open would try to initialise as a new database.
func checkPath(p string) error {
	base := filepath.Base(p)
	if strings.TrimSpace(base) == "" || base == "." || base == ".." || os.IsPathSeparator(p[len(p)-1]) {
		return about(fmt.Sprintf(i18n.T("« %s »", "%q"), p), ErrBadPath)
	}
	info, err := os.Stat(p)
	switch {
	case err != nil:
		return nil // Open explains, or creates a missing file
	case info.IsDir():
		return about(p, ErrBadPath)
	case info.Mode().IsRegular() && info.Size() == 0 && !reallyEmpty(p):
		return about(p, ErrNotTamis)
	}
	return nil
}

// reallyEmpty reads one byte: the files of /proc and /sys have a size of 0
// and yet a content.
func reallyEmpty(p string) bool {
	f, err := os.Open(p)
	if err != nil {
		return true // Open will report why it cannot be read
	}
	defer f.Close()
	n, _ := f.Read(make([]byte, 1))
	return n == 0
}

func resolvePath(flag string, getenv func(string) string, home func() (string, error)) (string, error) {
	if flag != "" {
		return flag, nil
	}
	if p := getenv("TAMIS_DB"); p != "" {
		return p, nil
	}
	// The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
	if d := getenv("XDG_DATA_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "tamis", "tamis.db"), nil
	}
	h, err := home()
	if err == nil && h == "" {
		err = errors.New("HOME")
	}
	if err != nil {
		return "", fmt.Errorf("%s%w", i18n.T(
			"impossible de trouver le dossier de données (indiquez --db ou TAMIS_DB) : ",
			"cannot find the data folder (set --db or TAMIS_DB): "), err)
	}
	return filepath.Join(h, ".local", "share", "tamis", "tamis.db"), nil
}
