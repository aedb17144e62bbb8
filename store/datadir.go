package store

import (
	"errors"
	"fmt"
	"path"
	"strings"

	"tamis/i18n"
)

// system is what the path resolvers read from the machine, passed in so
// that the tests can play Windows, macOS and Linux from any OS.
type system struct {
	goos   string
	getenv func(string) string
	home   func() (string, error)
	exists func(string) bool // a regular file is there
}

// Origin says where a database path comes from, for `tamis version`.
type Origin int

// The origins of a database path, in the order they are tried.
const (
	FromFlag   Origin = iota // --db
	FromEnv                  // $TAMIS_DB
	FromXDG                  // $XDG_DATA_HOME, on any OS
	FromOS                   // the usual data folder of the OS
	FromLegacy               // ~/.local/share, where tamis < 0.2 put it on every OS
)

// String names the origin in the user's language.
func (o Origin) String() string {
	switch o {
	case FromFlag:
		return "--db"
	case FromEnv:
		return "TAMIS_DB"
	case FromXDG:
		return "XDG_DATA_HOME"
	case FromLegacy:
		return i18n.T("ancien emplacement, gardé car la base y est", "former location, kept because the database is there")
	}
	return i18n.T("dossier de données du système", "the system's data folder")
}

// resolveDefault is the path when neither --db nor TAMIS_DB is given:
// $XDG_DATA_HOME when set (whoever sets it on a Mac asked for it, and it
// was already honoured there), else the usual folder of the OS. Where that
// usual folder changed (macOS, Windows), a database already at the former
// ~/.local/share path keeps being used, so that an update loses nothing.
func resolveDefault(sys system) (string, Origin, error) {
	// The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
	if d := sys.getenv("XDG_DATA_HOME"); isAbs(sys.goos, d) {
		return join(sys.goos, d, "tamis", "tamis.db"), FromXDG, nil
	}
	h, err := sys.home()
	if err == nil && h == "" {
		err = errors.New("HOME")
	}
	dir := ""
	switch sys.goos {
	case "windows":
		dir = windowsDataDir(sys.getenv, h)
	case "darwin", "ios":
		dir = darwinDataDir(h)
	default:
		dir = xdgDataDir(h)
	}
	if dir == "" {
		return "", FromOS, noDataDir(err)
	}
	p := join(sys.goos, dir, "tamis", "tamis.db")
	if h != "" && !sys.exists(p) {
		if old := join(sys.goos, xdgDataDir(h), "tamis", "tamis.db"); old != p && sys.exists(old) {
			return old, FromLegacy, nil
		}
	}
	return p, FromOS, nil
}

// windowsDataDir is %LOCALAPPDATA% (C:\Users\…\AppData\Local), the folder
// of data that stays on this machine: not Roaming, since a database has no
// business following a user across the association's computers.
func windowsDataDir(getenv func(string) string, home string) string {
	if d := getenv("LOCALAPPDATA"); isAbs("windows", d) {
		return d
	}
	if home == "" {
		return ""
	}
	return join("windows", home, "AppData", "Local")
}

// darwinDataDir is ~/Library/Application Support, where macOS applications
// keep their data.
func darwinDataDir(home string) string {
	if home == "" {
		return ""
	}
	return join("darwin", home, "Library", "Application Support")
}

// xdgDataDir is the XDG default, ~/.local/share, for Linux and the BSDs.
func xdgDataDir(home string) string {
	if home == "" {
		return ""
	}
	return join("linux", home, ".local", "share")
}

func noDataDir(err error) error {
	if err == nil {
		err = errors.New("HOME")
	}
	return fmt.Errorf("%s%w", i18n.T(
		"impossible de trouver le dossier de données (indiquez --db ou TAMIS_DB) : ",
		"cannot find the data folder (set --db or TAMIS_DB): "), err)
}

// join joins path elements with the separator of goos, not of the machine
// running the code, so that a Windows path is checked on Linux too.
func join(goos string, elem ...string) string {
	if goos != "windows" {
		return path.Join(elem...)
	}
	parts := make([]string, 0, len(elem))
	for i, e := range elem {
		e = strings.ReplaceAll(e, "/", `\`)
		if i > 0 {
			e = strings.TrimLeft(e, `\`)
		}
		if e = strings.TrimRight(e, `\`); e != "" || i == 0 {
			parts = append(parts, e)
		}
	}
	return strings.Join(parts, `\`)
}

// isAbs tells an absolute path of goos: C:\… or \\server\… on Windows.
func isAbs(goos, p string) bool {
	if goos != "windows" {
		return strings.HasPrefix(p, "/")
	}
	p = strings.ReplaceAll(p, "/", `\`)
	if strings.HasPrefix(p, `\\`) {
		return true
	}
	return len(p) >= 3 && p[1] == ':' && p[2] == '\\' && isLetter(p[0])
}

func isLetter(c byte) bool {
	u := c &^ 0x20 // upper case
	return 'A' <= u && u <= 'Z'
}
