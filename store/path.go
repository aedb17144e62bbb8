package store

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"tamis/i18n"
)

// ResolvePath chooses the database file: the --db flag, else $TAMIS_DB,
// else $XDG_DATA_HOME/tamis/tamis.db, else the usual data folder of the OS
// (see Locate). It refuses a path that cannot name a database file
// (ErrBadPath, ErrNotTamis) and a --db or TAMIS_DB path whose folder is
// missing (ErrNoFolder); Open creates the default folder and the file.
func ResolvePath(flag string) (string, error) {
	p, _, err := Locate(flag)
	return p, err
}

// Locate is ResolvePath that also says where the path comes from. Without
// --db or TAMIS_DB the file is tamis/tamis.db in %LOCALAPPDATA% on Windows,
// in ~/Library/Application Support on macOS, in ~/.local/share elsewhere;
// a database left at ~/.local/share by an older tamis keeps being used.
func Locate(flag string) (string, Origin, error) {
	p, o, err := resolvePath(flag, hostSystem())
	if err != nil {
		return "", o, err
	}
	if err := checkPath(p); err != nil {
		return p, o, err
	}
	return p, o, checkFolder(p, o)
}

// ErrNoFolder: the folder of a --db or TAMIS_DB path does not exist.
var ErrNoFolder = &Error{
	"ce dossier n'existe pas : créez-le, ou indiquez un fichier dans un dossier existant (rien n'a été créé)",
	"this folder does not exist: create it, or give a file in an existing folder (nothing was created)",
}

// checkFolder refuses a path given with --db or TAMIS_DB whose folder is
// missing: a typo (/home/benevole/Documments/tamis.db) would otherwise
// create folders and an empty library nobody looks at. Only the default
// location, which nobody types, is created on demand (Open).
func checkFolder(p string, o Origin) error {
	if o != FromFlag && o != FromEnv {
		return nil
	}
	dir := filepath.Dir(p)
	if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return about(fmt.Sprintf(i18n.T("« %s »", "%q"), dir), ErrNoFolder)
	}
	return nil // a folder that is a file, or unreadable: Open explains
}

// hostSystem is the machine tamis runs on.
func hostSystem() system {
	return system{
		goos:   runtime.GOOS,
		getenv: os.Getenv,
		home:   os.UserHomeDir,
		exists: func(p string) bool {
			info, err := os.Stat(p)
			return err == nil && info.Mode().IsRegular()
		},
	}
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

func resolvePath(flag string, sys system) (string, Origin, error) {
	if flag != "" {
		return flag, FromFlag, nil
	}
	if p := sys.getenv("TAMIS_DB"); p != "" {
		return p, FromEnv, nil
	}
	return resolveDefault(sys)
}
