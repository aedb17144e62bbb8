package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"tamis/i18n"
)

// ResolvePath chooses the database file: the --db flag, else $TAMIS_DB, else
// $XDG_DATA_HOME/tamis/tamis.db, else ~/.local/share/tamis/tamis.db. It only
// computes the path; Open creates the folder and the file.
func ResolvePath(flag string) (string, error) {
	return resolvePath(flag, os.Getenv, os.UserHomeDir)
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
