package main

import (
	"bytes"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library"
	"tamis/store"
)

// folderFiles reads every file under dir, by relative path.
func folderFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		out[rel], err = os.ReadFile(path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// laptop is a database with a history worth sharing: a proposal
// validated, an archive, a profile and rules.
func laptop(t *testing.T) *cli {
	c := newCLI(t)
	c.mustRun(fixedDraft, "propose", "-")
	c.mustRun("", "validate", "PROMPT-050", "--reason", "relu en bureau")
	c.mustRun("", "archive", "PROMPT-003")
	c.mustRun("", "profile", "--set", "Nom asso=Les Amis du Vélo")
	c.mustRun("", "rules", "--allow", "Salle Pasteur")
	c.mustRun(laptopCharter, "charte", "--edit", "-")
	return c
}

// laptopCharter is the association's own charter, in the method's shape.
const laptopCharter = "# Charte des Amis du Vélo\n\n## Préambule\n\nAdoptée en assemblée générale.\n"

func (c *cli) versions(id string) []store.Version {
	c.t.Helper()
	st, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	vs, err := st.Versions(id)
	if err != nil {
		c.t.Fatal(err)
	}
	return vs
}

func TestExportImportExportSameBytes(t *testing.T) {
	a := laptop(t)
	dirA, dirB := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	a.mustRun("", "export", dirA)
	b := newCLI(t)
	b.mustRun("", "import", dirA)
	b.mustRun("", "export", dirB)
	fa, fb := folderFiles(t, dirA), folderFiles(t, dirB)
	if len(fa) != len(fb) || len(fa) < 5 {
		t.Fatalf("%d files, then %d", len(fa), len(fb))
	}
	if got := string(fa[filepath.Join(".tamis", "charte.md")]); got != laptopCharter {
		t.Errorf("the charter was exported as %q", got)
	}
	for name, data := range fa {
		if !bytes.Equal(data, fb[name]) {
			t.Errorf("%s differs after export, import into an empty database, export:\n%s\n---\n%s", name, data, fb[name])
		}
	}
	if vs := b.versions("PROMPT-050"); len(vs) != 2 || vs[1].Note != "relu en bureau" || vs[0].Role != store.RoleVolunteer {
		t.Errorf("the history did not travel: %+v", vs)
	}
}

func TestImportFolderTwiceChangesNothing(t *testing.T) {
	a := laptop(t)
	dir := filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	b := newCLI(t)
	b.mustRun("", "import", dir)
	state := func() string {
		j, _ := json.Marshal(b.journal())
		return b.mustRun("", "export", "-") + b.mustRun("", "profile") + b.mustRun("", "rules") + string(j)
	}
	before := state()
	n := len(b.versions("PROMPT-050"))
	if out := b.mustRun("", "import", dir); !strings.Contains(out, "0 modèle(s) ajouté(s), 0 mis à jour.") {
		t.Errorf("second import: %q", out)
	}
	if after := state(); after != before || len(b.versions("PROMPT-050")) != n {
		t.Errorf("a second import changed the database:\n%s\n---\n%s", before, after)
	}
}

func TestNewerVersionWinsAndConflictLosesNothing(t *testing.T) {
	a := laptop(t)
	dir := filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	b := newCLI(t)
	b.mustRun("", "import", dir)

	a.mustRun("", "draft", "PROMPT-050") // newer on a
	a.mustRun("", "archive", "PROMPT-002")
	b.mustRun("", "validate", "PROMPT-003") // meanwhile on b: PROMPT-003 changes on both
	a.mustRun("", "draft", "PROMPT-003")
	a.mustRun("", "export", dir)

	code, out, errOut := b.run("", "import", dir)
	if code != exitOK || !strings.Contains(out, "0 modèle(s) ajouté(s), 2 mis à jour.") {
		t.Fatalf("merge: code %d, out %q, stderr %q", code, out, errOut)
	}
	if b.status("PROMPT-050") != library.StatusDraft || b.status("PROMPT-002") != library.StatusArchived {
		t.Error("the folder's newer versions were not taken")
	}
	if !strings.Contains(errOut, "PROMPT-003 a changé ici et dans le dossier") || b.status("PROMPT-003") != library.StatusValidated {
		t.Errorf("conflict: stderr %q, status %q", errOut, b.status("PROMPT-003"))
	}
	before := folderFiles(t, dir)
	code, _, errOut = b.run("", "export", dir)
	if code != exitError || !strings.Contains(errOut, "PROMPT-003") || !strings.Contains(errOut, "rien n’a été exporté") {
		t.Errorf("export over a version b lacks: code %d, stderr %q", code, errOut)
	}
	after := folderFiles(t, dir)
	for name, data := range before {
		if !bytes.Equal(data, after[name]) {
			t.Errorf("%s changed: the other laptop's version would be lost", name)
		}
	}
	if out := b.mustRun("", "import", dir); !strings.Contains(out, "0 mis à jour") {
		t.Errorf("the merge is not stable: %q", out)
	}
}

// A shared folder is no way around the checks of profile and rules.
func TestSharedFolderSettingsAreChecked(t *testing.T) {
	a := newCLI(t)
	dir := filepath.Join(t.TempDir(), "partage")
	a.mustRun("", "export", dir)
	os.WriteFile(filepath.Join(dir, ".tamis", "regles.json"), []byte(`{"allow": ["marie.dupont@gmail.com"], "deny": []}`), 0o644)
	b := newCLI(t)
	code, _, errOut := b.run("", "import", dir)
	if code != exitBlocked || !strings.Contains(errOut, "rien n’a été importé") {
		t.Errorf("a personal e-mail on the allow list: code %d, stderr %q", code, errOut)
	}
	if out := b.mustRun("", "rules"); strings.Contains(out, "dupont") {
		t.Errorf("the entry was added: %q", out)
	}
}
