package store

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestResolveDefaultPerOS plays each OS from any machine: the resolvers
// take the environment, the home folder and the files present as inputs.
func TestResolveDefaultPerOS(t *testing.T) {
	const (
		winHome = `C:\Users\Bénévole`
		macHome = "/Users/bénévole"
		nixHome = "/home/bénévole"
	)
	tests := []struct {
		name   string
		goos   string
		env    map[string]string
		home   string // "" means no home folder
		files  []string
		want   string
		origin Origin
		err    bool
	}{
		{"windows LOCALAPPDATA", "windows", map[string]string{"LOCALAPPDATA": `C:\Users\Bénévole\AppData\Local`}, winHome, nil,
			`C:\Users\Bénévole\AppData\Local\tamis\tamis.db`, FromOS, false},
		{"windows LOCALAPPDATA with trailing separator", "windows", map[string]string{"LOCALAPPDATA": `D:\Données\`}, winHome, nil,
			`D:\Données\tamis\tamis.db`, FromOS, false},
		{"windows network LOCALAPPDATA", "windows", map[string]string{"LOCALAPPDATA": `\\serveur\profils\local`}, "", nil,
			`\\serveur\profils\local\tamis\tamis.db`, FromOS, false},
		{"windows relative LOCALAPPDATA ignored", "windows", map[string]string{"LOCALAPPDATA": `AppData`}, winHome, nil,
			`C:\Users\Bénévole\AppData\Local\tamis\tamis.db`, FromOS, false},
		{"windows without LOCALAPPDATA", "windows", nil, winHome, nil,
			`C:\Users\Bénévole\AppData\Local\tamis\tamis.db`, FromOS, false},
		{"windows keeps a database at the former path", "windows", map[string]string{"LOCALAPPDATA": `C:\Users\Bénévole\AppData\Local`}, winHome,
			[]string{`C:\Users\Bénévole\.local\share\tamis\tamis.db`},
			`C:\Users\Bénévole\.local\share\tamis\tamis.db`, FromLegacy, false},
		{"windows prefers the new path when both exist", "windows", map[string]string{"LOCALAPPDATA": `C:\Users\Bénévole\AppData\Local`}, winHome,
			[]string{`C:\Users\Bénévole\.local\share\tamis\tamis.db`, `C:\Users\Bénévole\AppData\Local\tamis\tamis.db`},
			`C:\Users\Bénévole\AppData\Local\tamis\tamis.db`, FromOS, false},
		{"windows XDG_DATA_HOME set by hand", "windows", map[string]string{"XDG_DATA_HOME": `E:\xdg`, "LOCALAPPDATA": `C:\L`}, winHome, nil,
			`E:\xdg\tamis\tamis.db`, FromXDG, false},
		{"windows nothing", "windows", nil, "", nil, "", FromOS, true},

		{"macOS Application Support", "darwin", nil, macHome, nil,
			"/Users/bénévole/Library/Application Support/tamis/tamis.db", FromOS, false},
		{"macOS keeps a database at the former path", "darwin", nil, macHome,
			[]string{"/Users/bénévole/.local/share/tamis/tamis.db"},
			"/Users/bénévole/.local/share/tamis/tamis.db", FromLegacy, false},
		{"macOS prefers the new path when both exist", "darwin", nil, macHome,
			[]string{"/Users/bénévole/.local/share/tamis/tamis.db", "/Users/bénévole/Library/Application Support/tamis/tamis.db"},
			"/Users/bénévole/Library/Application Support/tamis/tamis.db", FromOS, false},
		{"macOS XDG_DATA_HOME", "darwin", map[string]string{"XDG_DATA_HOME": "/Users/bénévole/xdg"}, macHome, nil,
			"/Users/bénévole/xdg/tamis/tamis.db", FromXDG, false},
		{"macOS relative XDG_DATA_HOME ignored", "darwin", map[string]string{"XDG_DATA_HOME": "xdg"}, macHome, nil,
			"/Users/bénévole/Library/Application Support/tamis/tamis.db", FromOS, false},
		{"macOS no home", "darwin", nil, "", nil, "", FromOS, true},

		{"linux XDG default", "linux", nil, nixHome, nil, "/home/bénévole/.local/share/tamis/tamis.db", FromOS, false},
		{"linux XDG_DATA_HOME", "linux", map[string]string{"XDG_DATA_HOME": "/data"}, nixHome, nil, "/data/tamis/tamis.db", FromXDG, false},
		{"linux relative XDG_DATA_HOME ignored", "linux", map[string]string{"XDG_DATA_HOME": "rel"}, nixHome, nil,
			"/home/bénévole/.local/share/tamis/tamis.db", FromOS, false},
		{"linux ignores LOCALAPPDATA", "linux", map[string]string{"LOCALAPPDATA": "/wine"}, nixHome, nil,
			"/home/bénévole/.local/share/tamis/tamis.db", FromOS, false},
		{"freebsd XDG default", "freebsd", nil, "/usr/home/b", nil, "/usr/home/b/.local/share/tamis/tamis.db", FromOS, false},
		{"linux no home", "linux", nil, "", nil, "", FromOS, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, origin, err := resolveDefault(fakeSystem(tt.goos, tt.env, tt.home, tt.files))
			if (err != nil) != tt.err {
				t.Fatalf("err = %v, want error %v", err, tt.err)
			}
			if got != tt.want || (err == nil && origin != tt.origin) {
				t.Errorf("got %q (%v), want %q (%v)", got, origin, tt.want, tt.origin)
			}
		})
	}
}

func fakeSystem(goos string, env map[string]string, home string, files []string) system {
	return system{
		goos:   goos,
		getenv: func(k string) string { return env[k] },
		home: func() (string, error) {
			if home == "" {
				return "", errors.New("no home")
			}
			return home, nil
		},
		exists: func(p string) bool {
			for _, f := range files {
				if f == p {
					return true
				}
			}
			return false
		},
	}
}

// TestLocateFlagAndEnvFirst: --db, then TAMIS_DB, win over every default,
// even over a database at the former location.
func TestLocateFlagAndEnvFirst(t *testing.T) {
	sys := fakeSystem("darwin", map[string]string{"TAMIS_DB": "/env.db", "XDG_DATA_HOME": "/x"}, "/Users/b",
		[]string{"/Users/b/.local/share/tamis/tamis.db"})
	if p, o, _ := resolvePath("/flag.db", sys); p != "/flag.db" || o != FromFlag {
		t.Errorf("flag: %q %v", p, o)
	}
	if p, o, _ := resolvePath("", sys); p != "/env.db" || o != FromEnv {
		t.Errorf("env: %q %v", p, o)
	}
}

// TestLocateOnThisMachine runs the real resolver: a database at the former
// path, a real file, is found on macOS and Windows; elsewhere the former
// path is the current one.
func TestLocateOnThisMachine(t *testing.T) {
	home := t.TempDir()
	t.Setenv("TAMIS_DB", "")
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("LOCALAPPDATA", filepath.Join(home, "AppData", "Local"))
	old := filepath.Join(home, ".local", "share", "tamis", "tamis.db")
	if err := os.MkdirAll(filepath.Dir(old), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(old, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	p, o, err := Locate("")
	if err != nil {
		t.Fatal(err)
	}
	want := FromLegacy
	if runtime.GOOS != "darwin" && runtime.GOOS != "windows" && runtime.GOOS != "ios" {
		want = FromOS
	}
	if p != old || o != want {
		t.Errorf("Locate = %q (%v), want %q (%v)", p, o, old, want)
	}
}
