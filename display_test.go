package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Display commands only read: on a read-only file they answer, and the
// file's bytes and modification time stay exactly as they were.
func TestDisplayCommandsAreReadOnly(t *testing.T) {
	c := newCLI(t)
	c.run(twoTemplates, "import", "-")
	c.run("", "profile", "--set", "Nom asso=Les Amis du Vélo")
	c.run("", "rules", "--allow", "Les Amis du Vélo", "--deny", "Projet Horizon")
	if err := os.Chmod(c.db, 0o400); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	os.Chtimes(c.db, old, old)
	before, _ := os.ReadFile(c.db)
	for _, args := range [][]string{{"profile"}, {"rules"}, {"list"}, {"list", "--all", "--json"}, {"show", "PROMPT-900"},
		{"export", "-"}, {"stats"}, {"classify", "atelier vélo"},
		{"charte"}, {"charte", "--registre"}, {"entrainement", "--json"}, {"indicateurs"}, {"indicateurs", "--csv"}} {
		code, out, errOut := c.run("", args...)
		if code != exitOK || out == "" {
			t.Errorf("%v on a 0400 file: code %d, stderr %q", args, code, errOut)
		}
	}
	_, out, _ := c.run("", "profile")
	_, rules, _ := c.run("", "rules")
	if !strings.Contains(out, "Nom asso = Les Amis du Vélo") || !strings.Contains(rules, "Projet Horizon") {
		t.Errorf("profile %q, rules %q", out, rules)
	}
	after, _ := os.ReadFile(c.db)
	info, _ := os.Stat(c.db)
	if !bytes.Equal(before, after) || !info.ModTime().Equal(old) {
		t.Errorf("a display command wrote the file (bytes equal: %v, mtime %v, want %v)", bytes.Equal(before, after), info.ModTime(), old)
	}
}

// A --db that cannot name a database file gets a French error, and nothing
// is created or written: not a folder named after it, not a file of spaces,
// not the default database.
func TestDBPathEdgeCases(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "xdg"))
	t.Setenv("TAMIS_DB", "")
	for _, db := range []string{"x.db/", "   ", "sous/  ", ".", dir, "", "/proc/self/status"} {
		var out, errb bytes.Buffer
		code := run([]string{"profile", "--db", db, "--set", "Nom asso=Les Amis du Vélo"}, streams{strings.NewReader(""), &out, &errb})
		if code == exitOK || !strings.HasPrefix(errb.String(), "tamis") || strings.Contains(errb.String(), "panic") {
			t.Errorf("--db %q: code %d, stderr %q", db, code, errb.String())
		}
		t.Logf("--db %q: %s", db, strings.SplitN(errb.String(), "\n", 2)[0])
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("bad --db paths created %v", entries)
	}
}
