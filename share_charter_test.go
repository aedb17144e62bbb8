package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/method"
	"tamis/store"
)

// charterOf reads a laptop's charter and its version.
func (c *cli) charterOf() (string, int) {
	c.t.Helper()
	st, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	text, err := st.Charter()
	if err != nil {
		c.t.Fatal(err)
	}
	v, err := st.CharterVersion()
	if err != nil {
		c.t.Fatal(err)
	}
	return method.CharterOrDefault(text), v
}

// TestCharterTravels: the charter goes into the shared folder; a laptop
// whose charter is the default, or unchanged since its last import, takes
// the folder's; importing twice changes nothing; a folder holding an older
// charter of this laptop changes nothing either.
func TestCharterTravels(t *testing.T) {
	a, b := laptop(t), newCLI(t)
	dir := filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	if out := b.mustRun("", "import", dir); !strings.Contains(out, "Charte : celle du dossier est reprise ici (version 2)") {
		t.Fatalf("import says %q", out)
	}
	if text, v := b.charterOf(); text != laptopCharter || v != 2 {
		t.Fatalf("b's charter: version %d %q", v, text)
	}
	b.mustRun("", "import", dir)
	if _, v := b.charterOf(); v != 2 {
		t.Fatalf("a second import made version %d", v)
	}
	second := laptopCharter + "\n## Révision\n\nRelue chaque année.\n"
	a.mustRun(second, "charte", "--edit", "-")
	a.mustRun("", "export", dir)
	b.mustRun("", "import", dir)
	if text, v := b.charterOf(); text != second || v != 3 {
		t.Fatalf("b did not take the newer charter: version %d %q", v, text)
	}
	a.mustRun("", "import", dir) // a's own charter: nothing to do
	if _, v := a.charterOf(); v != 3 {
		t.Fatalf("a's charter moved to version %d", v)
	}
	a.mustRun(second+"\nVersion suivante.\n", "charte", "--edit", "-")
	if code, _, errOut := a.run("", "import", dir); code != exitOK || strings.Contains(errOut, "charte") {
		t.Fatalf("a folder with an older charter of a: code %d, stderr %q", code, errOut)
	}
	if _, v := a.charterOf(); v != 4 {
		t.Fatalf("a's newer charter moved to version %d", v)
	}
	if j := a.charterEvents(); j != 3 {
		t.Fatalf("a's journal holds %d charter changes, want 2", j)
	}
}

// TestCharterConflictKeepsLocal: when both laptops changed the charter
// since the last import, the local one is kept and the difference said;
// the export then refuses to replace the folder's, which this laptop
// never had, until the référent settles it.
func TestCharterConflictKeepsLocal(t *testing.T) {
	a, b := laptop(t), newCLI(t)
	dir := filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	b.mustRun("", "import", dir)
	a.mustRun(laptopCharter+"\nVersion de A.\n", "charte", "--edit", "-")
	a.mustRun("", "export", dir)
	b.mustRun(laptopCharter+"\nVersion de B.\n", "charte", "--edit", "-")
	code, _, errOut := b.run("", "import", dir)
	if code != exitOK || !strings.Contains(errOut, "celle d’ici est gardée") || !strings.Contains(errOut, "+Version de A.") || !strings.Contains(errOut, "-Version de B.") {
		t.Fatalf("import: code %d, stderr %q", code, errOut)
	}
	if text, _ := b.charterOf(); !strings.Contains(text, "Version de B.") {
		t.Fatalf("b's charter was replaced: %q", text)
	}
	code, _, errOut = b.run("", "export", dir)
	if code == exitOK || !strings.Contains(errOut, "la charte du dossier") {
		t.Fatalf("export over a charter b never had: code %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, ".tamis", "charte.md")); !strings.Contains(string(data), "Version de A.") {
		t.Fatalf("the folder's charter was replaced: %q", data)
	}
	b.mustRun("", "charte", "--edit", filepath.Join(dir, ".tamis", "charte.md"))
	b.mustRun("", "export", dir)
}

func (c *cli) charterEvents() int {
	c.t.Helper()
	st, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	j, err := st.Journal()
	if err != nil {
		c.t.Fatal(err)
	}
	n := 0
	for _, e := range j {
		if e.Action == store.ActionCharterChanged {
			n++
		}
	}
	return n
}

// TestSharedCharterMustBeText: a folder's charter holding a terminal escape
// sequence is refused, and nothing of the folder is imported.
func TestSharedCharterMustBeText(t *testing.T) {
	a, b := laptop(t), newCLI(t)
	dir := filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	if err := os.WriteFile(filepath.Join(dir, ".tamis", "charte.md"), []byte("# Charte\n\x1b]52;c;ZWNobw==\x07\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := b.run("", "import", dir)
	if code == exitOK || !strings.Contains(errOut, "caractère interdit U+001B") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	if out := b.mustRun("", "profile"); strings.Contains(out, "Nom asso = ") {
		t.Fatalf("the profile was imported all the same: %q", out)
	}
	if code, _, errOut := b.run("\x1b[2J", "charte", "--edit", "-"); code == exitOK || !strings.Contains(errOut, "caractère interdit") {
		t.Fatalf("charte --edit: code %d, stderr %q", code, errOut)
	}
}
