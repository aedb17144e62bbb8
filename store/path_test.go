package store

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestResolvePath(t *testing.T) {
	home := func() (string, error) { return "/home/bénévole", nil }
	noHome := func() (string, error) { return "", errors.New("no home") }
	tests := []struct {
		name string
		flag string
		env  map[string]string
		home func() (string, error)
		want string
		err  bool
	}{
		{"flag wins", "/tmp/a.db", map[string]string{"TAMIS_DB": "/tmp/b.db", "XDG_DATA_HOME": "/x"}, home, "/tmp/a.db", false},
		{"TAMIS_DB", "", map[string]string{"TAMIS_DB": "/tmp/b.db", "XDG_DATA_HOME": "/x"}, home, "/tmp/b.db", false},
		{"XDG_DATA_HOME", "", map[string]string{"XDG_DATA_HOME": "/x"}, home, "/x/tamis/tamis.db", false},
		{"relative XDG ignored", "", map[string]string{"XDG_DATA_HOME": "rel"}, home, "/home/bénévole/.local/share/tamis/tamis.db", false},
		{"home fallback", "", nil, home, "/home/bénévole/.local/share/tamis/tamis.db", false},
		{"no home", "", nil, noHome, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sys := system{goos: "linux", getenv: func(k string) string { return tt.env[k] }, home: tt.home,
				exists: func(string) bool { return false }}
			got, _, err := resolvePath(tt.flag, sys)
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if got != filepath.FromSlash(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCheckPathRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "vide.db")
	os.WriteFile(empty, nil, 0o600)
	for _, p := range []string{"   ", "\t", filepath.Join(dir, "  "), filepath.Join(dir, "x.db") + "/",
		filepath.Join(dir, "x.db") + "/.", dir, "."} {
		if err := checkPath(p); !errors.Is(err, ErrBadPath) {
			t.Errorf("checkPath(%q) = %v, want ErrBadPath", p, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.db")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("checkPath created something: %v", err)
	}
	for _, p := range []string{empty, filepath.Join(dir, "nouvelle.db"), filepath.Join(dir, "sous", "tamis.db"), "Mes Documents/tamis.db"} {
		if err := checkPath(p); err != nil {
			t.Errorf("checkPath(%q) = %v, want nil", p, err)
		}
	}
	if _, err := os.Stat("/proc/self/status"); err == nil {
		if err := checkPath("/proc/self/status"); !errors.Is(err, ErrNotTamis) {
			t.Errorf("checkPath(/proc/self/status) = %v, want ErrNotTamis", err)
		}
	}
}

// A --db or TAMIS_DB path in a missing folder is refused; the default
// location is not (Open creates it).
func TestCheckFolder(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "absent", "tamis.db")
	for _, c := range []struct {
		path   string
		origin Origin
		want   error
	}{
		{missing, FromFlag, ErrNoFolder},
		{missing, FromEnv, ErrNoFolder},
		{missing, FromXDG, nil},
		{missing, FromOS, nil},
		{filepath.Join(dir, "tamis.db"), FromFlag, nil},
	} {
		if err := checkFolder(c.path, c.origin); !errors.Is(err, c.want) || (c.want == nil && err != nil) {
			t.Errorf("checkFolder(%q, %v) = %v, want %v", c.path, c.origin, err, c.want)
		}
	}
}
