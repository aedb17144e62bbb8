package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/store"
	"tamis/store/faulttest"
)

// textLibrary returns n templates in the text format, ids from PROMPT-first.
func textLibrary(first, n int) string {
	var b strings.Builder
	for i := first; i < first+n; i++ {
		b.WriteString("[PROMPT-" + itoa(i) + "] Atelier numéro " + itoa(i) + "\nTags : atelier\n\nCONTEXTE :\n« [Nom asso] anime des ateliers ouverts à tous. »\n\nPROMPT :\n« Rédige une annonce de [X mots] pour l'atelier " + itoa(i) + ". »\n\n")
	}
	return b.String()
}

func itoa(i int) string { return fmt.Sprintf("%03d", i) }

func TestVerifierSalvagesDamagedDatabase(t *testing.T) {
	c := newCLI(t)
	if code, _, errOut := c.run(textLibrary(100, 16), "import", "-"); code != exitOK {
		t.Fatalf("import: %d %s", code, errOut)
	}
	c.run("", "profile", "--set", "Nom asso=Les Amis du Vélo")
	if code, out, _ := c.run("", "verifier"); code != exitOK || !strings.Contains(out, "est saine") {
		t.Fatalf("sound base: code %d, %q", code, out)
	}
	_, before, _ := c.run("", "export")
	if _, err := faulttest.MarkLiveFree(c.db); err != nil {
		t.Fatal(err)
	}
	damaged, _ := os.ReadFile(c.db)
	if code, _, errOut := c.run("", "verifier", "--sans-reparer"); code != exitError || !strings.Contains(errOut, "endommagée") {
		t.Fatalf("check only: code %d, %q", code, errOut)
	}
	if now, _ := os.ReadFile(c.db); !bytes.Equal(now, damaged) {
		t.Fatal("--sans-reparer changed the file")
	}
	code, _, errOut := c.run("", "verifier")
	if code != exitError || !strings.Contains(errOut, "Récupéré :") || !strings.Contains(errOut, "modèle(s)") ||
		!strings.Contains(errOut, "gardée, intacte") {
		t.Fatalf("salvage: code %d, %q", code, errOut)
	}
	kept, _ := filepath.Glob(c.db + ".endommage-*")
	if len(kept) != 1 {
		t.Fatalf("damaged file kept as %v", kept)
	}
	if got, _ := os.ReadFile(kept[0]); !bytes.Equal(got, damaged) {
		t.Error("the damaged file was changed")
	}
	if _, after, _ := c.run("", "export"); after != before {
		t.Error("the salvaged library differs from the library before the damage")
	}
	if code, out, _ := c.run("", "profile"); code != exitOK || !strings.Contains(out, "Les Amis du Vélo") {
		t.Errorf("salvaged profile: %q", out)
	}
	if info, _ := os.Stat(c.db); info.Mode().Perm() != 0o600 {
		t.Errorf("salvaged file mode %v", info.Mode().Perm())
	}
}

func TestSauvegardesListAndRestore(t *testing.T) {
	c := newCLI(t)
	if code, out, _ := c.run("", "sauvegardes"); code != exitOK || !strings.Contains(out, "Aucune sauvegarde") {
		t.Fatalf("no backup yet: %d %q", code, out)
	}
	c.run("", "profile", "--set", "Nom asso=Avant")
	c.run("", "profile", "--set", "Nom asso=Après")
	list, err := store.Backups(c.db)
	if err != nil || len(list) != 2 {
		t.Fatalf("backups %v, %v; want one per change", list, err)
	}
	code, out, _ := c.run("", "sauvegardes")
	if code != exitOK || !strings.Contains(out, list[0].Name) || !strings.Contains(out, list[1].Name) {
		t.Fatalf("list: %q", out)
	}
	// The newest copy was made before "Après": it holds "Avant".
	if code, out, errOut := c.run("", "sauvegardes", "--restaurer", list[0].Name); code != exitOK || !strings.Contains(out, "restaurée") {
		t.Fatalf("restore: %d %q %q", code, out, errOut)
	}
	if _, out, _ := c.run("", "profile"); !strings.Contains(out, "Avant") {
		t.Errorf("restored profile: %q", out)
	}
	if info, _ := os.Stat(c.db); info.Mode().Perm() != 0o600 {
		t.Errorf("restored file mode %v", info.Mode().Perm())
	}
	if code, _, errOut := c.run("", "sauvegardes", "--restaurer", "inconnue.db"); code != exitError || !strings.Contains(errOut, "introuvable") {
		t.Errorf("unknown copy: %d %q", code, errOut)
	}
	if code, out, _ := c.run("", "sauvegardes", "--garder", "2"); code != exitOK || !strings.Contains(out, "2 dernières") {
		t.Errorf("--garder: %d %q", code, out)
	}
	for range 3 {
		c.run("", "rules", "--deny", "projet Hermès")
	}
	if list, _ := store.Backups(c.db); len(list) != 2 {
		t.Errorf("%d copies kept, want 2", len(list))
	}
	if code, _, errOut := c.run("", "sauvegardes", "--garder", "-3"); code != exitUsage || !strings.Contains(errOut, "entre 1 et") {
		t.Errorf("--garder -3: %d %q", code, errOut)
	}
}

// Displaying the profile or the rules makes no copy: only changes do.
func TestBackupOnlyBeforeChanges(t *testing.T) {
	c := newCLI(t)
	c.run("", "profile")
	c.run("", "rules")
	if list, _ := store.Backups(c.db); len(list) != 0 {
		t.Errorf("display made copies: %v", list)
	}
	c.run(textLibrary(100, 2), "import", "-")
	if list, _ := store.Backups(c.db); len(list) != 1 {
		t.Errorf("import made %d copies, want 1", len(list))
	}
}

// A bad --garder is a usage error in French, checked before anything is
// asked or changed.
func TestBackupKeepIsChecked(t *testing.T) {
	c := newCLI(t)
	for _, v := range []string{"0", "-3", "5000", "abc"} {
		code, out, errOut := c.run("", "sauvegardes", "--garder", v)
		if code != exitUsage || out != "" || !strings.Contains(errOut, "--garder") || strings.Contains(errOut, "parse error") {
			t.Errorf("--garder %s: code %d, out %q, err %q", v, code, out, errOut)
		}
	}
}
