package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tamis/store"
	"tamis/store/faulttest"
)

func TestReferentInit(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	if out := c.mustRun("", "referent"); !strings.HasPrefix(out, "Aucun référent défini") {
		t.Fatalf("status before init: %q", out)
	}
	code, out, errOut := c.run("vélo\n", "referent", "init")
	if code != exitError || out != "" ||
		errOut != "tamis : phrase de passe trop courte (4 caractères) : il en faut au moins 8, par exemple quelques mots ; rien n’a été enregistré\n" {
		t.Fatalf("short passphrase: code %d, out %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := c.run("", "referent", "init"); code != exitError || !strings.Contains(errOut, "phrase de passe absente") {
		t.Fatalf("init without a passphrase: code %d, stderr %q", code, errOut)
	}
	if out := c.mustRun("", "referent"); !strings.HasPrefix(out, "Aucun référent défini") {
		t.Fatalf("a refused init defined a référent: %q", out)
	}
	c.init()
	if out := c.mustRun("", "referent"); !strings.HasPrefix(out, "Un référent est défini") {
		t.Fatalf("status after init: %q", out)
	}
	if code, _, errOut := c.run("une autre phrase\n", "referent", "init"); code != exitError || !strings.Contains(errOut, "déjà défini") {
		t.Fatalf("second init: code %d, stderr %q", code, errOut)
	}
	c.mustRun(testPhrase+"\n", "stats")
}

func TestReferentPasswd(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	if code, _, errOut := c.run("", "referent", "passwd"); code != exitError || !strings.Contains(errOut, "aucun référent défini") {
		t.Fatalf("passwd before init: code %d, stderr %q", code, errOut)
	}
	c.init()
	if code, _, _ := c.run("pas la bonne phrase\nune nouvelle phrase\n", "referent", "passwd"); code != exitDenied {
		t.Fatalf("passwd with a wrong current passphrase: code %d", code)
	}
	if code, _, errOut := c.run(testPhrase+"\ncourte\n", "referent", "passwd"); code != exitError || !strings.Contains(errOut, "trop courte") {
		t.Fatalf("passwd to a short passphrase: code %d, stderr %q", code, errOut)
	}
	c.mustRun(testPhrase+"\n", "stats") // unchanged so far
	c.mustRun(testPhrase+"\nune nouvelle phrase\n", "referent", "passwd")
	if code, _, _ := c.run(testPhrase+"\n", "stats"); code != exitDenied {
		t.Fatalf("the old passphrase still works: code %d", code)
	}
	c.mustRun("une nouvelle phrase\n", "stats")
}

// TestWrongPassphrasesWaitAcrossCommands: five wrong passphrases, then
// each command waits longer, counted across commands (each run is a new
// process as far as the store is concerned), and says so.
func TestWrongPassphrasesWaitAcrossCommands(t *testing.T) {
	clock := fakeReferent(t)
	c := newCLI(t)
	c.init()
	for i := range 5 {
		if code, _, errOut := c.run("pas la bonne phrase\n", "stats"); code != exitDenied || strings.Contains(errOut, "attente") {
			t.Fatalf("wrong passphrase %d: code %d, stderr %q", i+1, code, errOut)
		}
	}
	if len(clock.sleeps) != 0 {
		t.Fatalf("the first five waited: %v", clock.sleeps)
	}
	code, _, errOut := c.run("pas la bonne phrase\n", "rules", "--deny", "projet Hermès")
	if code != exitDenied || !strings.Contains(errOut, "attente de 5 s avant de vérifier") {
		t.Fatalf("sixth: code %d, stderr %q", code, errOut)
	}
	code, _, errOut = c.run(testPhrase+"\n", "stats")
	if code != exitOK || !strings.Contains(errOut, "attente de 10 s") {
		t.Fatalf("seventh, right: code %d, stderr %q", code, errOut)
	}
	if want := []time.Duration{5 * time.Second, 10 * time.Second}; len(clock.sleeps) != 2 || clock.sleeps[0] != want[0] || clock.sleeps[1] != want[1] {
		t.Fatalf("sleeps %v, want %v", clock.sleeps, want)
	}
	if code, _, _ := c.run("pas la bonne phrase\n", "stats"); code != exitDenied || len(clock.sleeps) != 2 {
		t.Fatalf("after the right one the count starts again: code %d, sleeps %v", code, clock.sleeps)
	}
	if out := c.mustRun("", "referent"); !strings.Contains(out, "1 phrase(s) de passe incorrecte(s) depuis la dernière bonne") {
		t.Fatalf("status does not tell the wrong attempts: %q", out)
	}
}

func TestImportFromStdinNeedsThePassphraseElsewhere(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	code, out, errOut := c.run(twoTemplates, "import", "-")
	if code != exitError || out != "" || !strings.Contains(errOut, "donnez la phrase de passe avec --phrase-fichier FICHIER") {
		t.Fatalf("import - without a terminal: code %d, out %q, stderr %q", code, out, errOut)
	}
	file := filepath.Join(t.TempDir(), "phrase")
	if err := os.WriteFile(file, []byte(testPhrase+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if out := c.mustRun(twoTemplates, "import", "-", "--phrase-fichier", file); !strings.Contains(out, "2 modèle(s) ajouté(s)") {
		t.Fatalf("import - --phrase-fichier: %q", out)
	}
	if code, _, errOut := c.run(twoTemplates, "import", "-", "--phrase-fichier", file+".absent"); code != exitError ||
		!strings.Contains(errOut, "impossible de lire la phrase de passe dans") {
		t.Fatalf("missing phrase file: code %d, stderr %q", code, errOut)
	}
}

// TestDatabaseNeverHoldsThePassphrase runs every référent path, right and
// wrong, then reads every file tamis wrote: the database and its backups
// hold hashes, never a passphrase.
func TestDatabaseNeverHoldsThePassphrase(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	name := c.prepare()
	c.init()
	c.run("une phrase fausse\n", "profile", "--set", "année=2026")
	c.mustRun(testPhrase+"\n", "profile", "--set", "année=2026")
	c.mustRun(testPhrase+"\nune nouvelle phrase\n", "referent", "passwd")
	c.mustRun("une nouvelle phrase\n", "sauvegardes", "--restaurer", name)
	c.mustRun("une nouvelle phrase\n", "stats")
	found := 0
	err := filepath.WalkDir(filepath.Dir(c.db), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		found++
		for _, p := range []string{testPhrase, "une phrase fausse", "une nouvelle phrase", "salle des f"} {
			if bytes.Contains(data, []byte(p)) {
				t.Errorf("%s holds %q", path, p)
			}
		}
		return nil
	})
	if err != nil || found < 3 {
		t.Fatalf("walked %d files: %v", found, err)
	}
}

func TestReferentActionsAreRecorded(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	c.run("une phrase fausse\n", "stats")
	c.mustRun(testPhrase+"\n", "profile", "--set", "année=2026")
	c.mustRun(testPhrase+"\n", "rules", "--deny", "projet Hermès")
	c.mustRun(testPhrase+"\nune nouvelle phrase\n", "referent", "passwd")
	st, err := store.Open(c.db)
	if err != nil {
		t.Fatal(err)
	}
	events, err := st.Events()
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		if !e.Referent() || e.Time.IsZero() || e.TemplateID != "" || len(e.Rules) != 0 {
			t.Errorf("event %+v", e)
		}
		got = append(got, e.Action)
	}
	want := "referent-init referent-refused profile-changed rules-changed referent-passwd"
	if strings.Join(got, " ") != want {
		t.Fatalf("events %v, want %s", got, want)
	}
	if out := c.mustRun("une nouvelle phrase\n", "stats"); !strings.HasPrefix(out, "0 utilisation(s) enregistrée(s)") {
		t.Fatalf("référent actions counted as uses: %q", out)
	}
}

// TestRestoreKeepsTheReferent: a copy made before the référent existed
// does not remove the référent when restored.
func TestRestoreKeepsTheReferent(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	name := c.prepare()
	c.init()
	c.mustRun(testPhrase+"\n", "sauvegardes", "--restaurer", name)
	if out := c.mustRun("", "referent"); !strings.HasPrefix(out, "Un référent est défini") {
		t.Fatalf("after restoring a copy without a référent: %q", out)
	}
	if code, _, _ := c.run("", "profile", "--set", "année=2026"); code != exitError {
		t.Fatalf("profile change without a passphrase after the restore: code %d", code)
	}
}

// TestVerifierAsksBeforeRepairing: a damaged file is repaired only with
// the passphrase kept in it; a wrong one leaves it untouched.
func TestVerifierAsksBeforeRepairing(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	if _, err := faulttest.MarkLiveFree(c.db); err != nil {
		t.Fatal(err)
	}
	damaged, _ := os.ReadFile(c.db)
	code, _, errOut := c.run("pas la bonne phrase\n", "verifier")
	if code != exitDenied || !strings.Contains(errOut, "phrase de passe incorrecte") {
		t.Fatalf("verifier with a wrong passphrase: code %d, stderr %q", code, errOut)
	}
	if now, _ := os.ReadFile(c.db); !bytes.Equal(now, damaged) {
		t.Fatal("the damaged file changed after a wrong passphrase")
	}
	if code, _, errOut := c.run(testPhrase+"\n", "verifier"); code != exitError || !strings.Contains(errOut, "La base récupérée la remplace") {
		t.Fatalf("verifier with the passphrase: code %d, stderr %q", code, errOut)
	}
	if out := c.mustRun("", "referent"); !strings.HasPrefix(out, "Un référent est défini") {
		t.Fatalf("the salvaged file lost the référent: %q", out)
	}
}

// TestRefusedValueCostsNoAttempt: a value refused by its check is refused
// before the passphrase is asked, so it counts no wrong attempt.
func TestRefusedValueCostsNoAttempt(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	for _, args := range [][]string{
		{"profile", "--set", "contact=marie.dupont@gmail.com"},
		{"rules", "--deny", "de"},
		{"rules", "--allow", "marie.dupont@gmail.com"},
	} {
		code, _, errOut := c.run("", args...)
		if (code != exitBlocked && code != exitUsage) || strings.Contains(errOut, "phrase de passe absente") {
			t.Errorf("%v: code %d, stderr %q", args, code, errOut)
		}
	}
	if out := c.mustRun("", "referent"); strings.Contains(out, "depuis la dernière bonne") {
		t.Fatalf("a refused value counted as a wrong passphrase: %q", out)
	}
}
