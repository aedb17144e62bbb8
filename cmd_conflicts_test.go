package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// sharedConflict is two laptops sharing a folder, PROMPT-003 changed on
// both since their last common version, and b's import of a's export.
func sharedConflict(t *testing.T) (a, b *cli, dir, out string) {
	a = laptop(t)
	dir = filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	b = newCLI(t)
	b.mustRun("", "import", dir)
	b.mustRun("", "validate", "PROMPT-003")
	a.mustRun("", "draft", "PROMPT-003")
	a.mustRun("", "export", dir)
	return a, b, dir, b.mustRun("", "import", dir)
}

func (c *cli) conflicts() []store.Conflict {
	c.t.Helper()
	st, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	cs, err := st.Conflicts()
	if err != nil {
		c.t.Fatal(err)
	}
	return cs
}

// TestImportKeepsConflictToSettle: import says how many conflicts wait
// and where to settle them; the folder's text is kept in the database,
// once however often the folder is imported, and export does not write
// over it while it is pending.
func TestImportKeepsConflictToSettle(t *testing.T) {
	_, b, dir, out := sharedConflict(t)
	if !strings.Contains(out, "1 conflit à régler : tamis, touche r puis m.") {
		t.Fatalf("import says %q", out)
	}
	cs := b.conflicts()
	md, err := os.ReadFile(filepath.Join(dir, "PROMPT-003.md"))
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 1 || cs[0].ID != "PROMPT-003" || string(library.Format(cs[0].Folder())) != string(md) {
		t.Fatalf("pending %+v", cs)
	}
	if out := b.mustRun("", "import", dir); !strings.Contains(out, "1 conflit à régler") || len(b.conflicts()) != 1 {
		t.Fatalf("a second import: %q, %d pending", out, len(b.conflicts()))
	}
	list := b.mustRun("", "conflicts")
	if !strings.Contains(list, "PROMPT-003") || !strings.Contains(list, "1 conflit à régler") {
		t.Fatalf("tamis conflicts says %q", list)
	}
	i18n.SetEnglish(true)
	out = b.mustRun("", "import", dir)
	i18n.SetEnglish(false)
	if !strings.Contains(out, "1 conflict to settle: tamis, key r then m.") {
		t.Fatalf("import in English says %q", out)
	}
	code, _, errOut := b.run("", "export", dir)
	if code != exitError || !strings.Contains(errOut, "réglez les conflits (tamis, touche r puis m)") {
		t.Fatalf("export over a pending conflict: code %d, %q", code, errOut)
	}
}

// TestKeptConflictLetsExport: once the référent keeps this laptop's text,
// the same folder no longer raises the conflict, and export may write
// over the folder's text, which stays in the database.
func TestKeptConflictLetsExport(t *testing.T) {
	a, b, dir, _ := sharedConflict(t)
	st, err := store.Open(b.db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.KeepLocal("PROMPT-003", store.Change{Role: store.RoleReferent, Action: store.ActionConflictKept}); err != nil {
		t.Fatal(err)
	}
	if j := b.mustRun("", "journal"); !strings.Contains(j, "conflit réglé : version de cet ordinateur") {
		t.Fatalf("the journal says %q", j)
	}
	if list := b.mustRun("", "conflits"); !strings.Contains(list, "Aucun conflit à régler.") {
		t.Fatalf("tamis conflits says %q", list)
	}
	out := b.mustRun("", "import", dir)
	if strings.Contains(out, "à régler") || !strings.Contains(out, "1 conflit(s) déjà réglé(s)") {
		t.Fatalf("import after keeping: %q", out)
	}
	b.mustRun("", "export", dir)
	if aside, _ := st.SetAside(); !strings.Contains(aside["PROMPT-003"], "brouillon") {
		t.Fatalf("the folder's text is not kept: %q", aside)
	}
	// a takes b's text: both laptops agree again.
	if out := a.mustRun("", "import", dir); !strings.Contains(out, "1 conflit à régler") {
		t.Fatalf("a meets the conflict too: %q", out)
	}
	if b.status("PROMPT-003") != library.StatusValidated {
		t.Fatal("b's text changed")
	}
}
