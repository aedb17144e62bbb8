package main

import (
	"bytes"
	"os"
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
		{"export", "-"}, {"stats"}, {"classify", "atelier vélo"}} {
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
