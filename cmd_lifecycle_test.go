package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/library"
	"tamis/store"
)

// namedDraft is a template whose fixed wording names a person and her
// health: it may be proposed, never validated.
const namedDraft = `[PROMPT-050] Courrier de suivi

CONTEXTE :
« Notre association accompagne des familles.
Marie Dupont est diabétique depuis 2019. »

PROMPT :
« Rédige un courrier pour [destinataire]. »

VARIABLES :
- [destinataire] : la structure partenaire à qui écrire
`

var fixedDraft = strings.Replace(namedDraft, "Marie Dupont est diabétique depuis 2019.", "Nous organisons des ateliers ouverts à tous.", 1)

func (c *cli) status(id string) library.Status {
	c.t.Helper()
	st, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	t, err := st.Get(id)
	if err != nil {
		c.t.Fatal(err)
	}
	return t.Status
}

func TestProposeValidateList(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	out := c.mustRun(fixedDraft, "propose", "-")
	if !strings.Contains(out, "PROMPT-050 proposé comme brouillon (version 1)") {
		t.Fatalf("propose: %q", out)
	}
	if list := c.mustRun("", "list"); strings.Contains(list, "PROMPT-050") {
		t.Fatal("volunteers see a draft")
	}
	out = c.mustRun(testPhrase+"\n", "validate", "PROMPT-050", "--raison", "relu en bureau")
	if !strings.Contains(out, "PROMPT-050 validé (version 2)") {
		t.Fatalf("validate: %q", out)
	}
	if list := c.mustRun("", "list"); !strings.Contains(list, "PROMPT-050") {
		t.Fatal("a validated template is not in the volunteers' list")
	}
	hist := c.mustRun(testPhrase+"\n", "history", "PROMPT-050")
	for _, want := range []string{"bénévole  brouillon  proposition", "référent  validé     relu en bureau"} {
		if !strings.Contains(hist, want) {
			t.Errorf("history lacks %q:\n%s", want, hist)
		}
	}
	diff := c.mustRun(testPhrase+"\n", "historique", "PROMPT-050", "2", "--diff")
	if !strings.Contains(diff, "\n-Statut : brouillon\n+Statut : validé\n") || strings.Contains(diff, "\x1b[") {
		t.Errorf("history --diff:\n%q", diff)
	}
}

func TestValidationRefusedSaysWhere(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	_, _, warn := c.run(namedDraft, "propose", "-")
	if !strings.Contains(warn, "ne pourra pas être validé tel quel") {
		t.Errorf("the proposer is not warned: %q", warn)
	}
	code, out, errOut := c.run(testPhrase+"\n", "validate", "PROMPT-050")
	if code != exitBlocked || out != "" {
		t.Fatalf("validate a named draft: code %d, out %q", code, out)
	}
	for _, want := range []string{"n’est pas validé", "ligne 6 (CONTEXTE) : « Marie Dupont »", "diabétique"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("the refusal lacks %q: %q", want, errOut)
		}
	}
	if strings.Contains(errOut, "phrase de passe") {
		t.Errorf("a refused validation asked the passphrase: %q", errOut)
	}
	if s := c.status("PROMPT-050"); s != library.StatusDraft {
		t.Errorf("status %q after a refusal", s)
	}
	j := c.journal()
	if last := j[len(j)-1]; last.Action != store.ActionValidationRefused || last.TemplateID != "PROMPT-050" || last.Version != 1 {
		t.Errorf("refusal not in the journal: %+v", last)
	}
}

func (c *cli) journal() []journalEntry {
	c.t.Helper()
	var j []journalEntry
	if err := json.Unmarshal([]byte(c.mustRun(testPhrase+"\n", "journal", "--json")), &j); err != nil {
		c.t.Fatal(err)
	}
	return j
}

func TestLifecycleWrongPassphraseChangesNothing(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	c.mustRun(fixedDraft, "propose", "-")
	for _, args := range [][]string{{"validate", "PROMPT-050"}, {"archive", "PROMPT-001"}, {"draft", "PROMPT-001"}} {
		if code, _, errOut := c.run("pas la bonne\n", args...); code != exitDenied {
			t.Errorf("%v with a wrong passphrase: code %d, stderr %q", args, code, errOut)
		}
	}
	if c.status("PROMPT-050") != library.StatusDraft || c.status("PROMPT-001") != library.StatusValidated {
		t.Error("a wrong passphrase changed a status")
	}
}

func TestArchiveDraftRestore(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	if out := c.mustRun(testPhrase+"\n", "archiver", "PROMPT-001"); !strings.Contains(out, "PROMPT-001 archivé (version 2)") {
		t.Fatalf("archive: %q", out)
	}
	if out := c.mustRun(testPhrase+"\n", "archive", "PROMPT-001"); !strings.Contains(out, "PROMPT-001 a déjà le statut « archivé » : rien à faire.") {
		t.Errorf("archive twice: %q", out)
	}
	if out := c.mustRun(testPhrase+"\n", "brouillon", "PROMPT-001"); !strings.Contains(out, "renvoyé en brouillon (version 3)") {
		t.Fatalf("draft: %q", out)
	}
	out := c.mustRun(testPhrase+"\n", "restore", "PROMPT-001", "1")
	if !strings.Contains(out, "version 1 restaurée, enregistrée comme version 4 (statut : validé)") || c.status("PROMPT-001") != library.StatusValidated {
		t.Fatalf("restore: %q", out)
	}
	actions := []string{}
	for _, e := range c.journal() {
		if e.TemplateID == "PROMPT-001" {
			actions = append(actions, e.Action)
		}
	}
	want := []string{store.ActionTemplateArchived, store.ActionTemplateDraft, store.ActionTemplateRestored}
	if strings.Join(actions, " ") != strings.Join(want, " ") {
		t.Errorf("journal %v, want %v", actions, want)
	}
	out, errOut := "", ""
	if _, out, errOut = c.run("", "restore", "PROMPT-001", "4"); !strings.Contains(out, "rien à faire") || strings.Contains(errOut, "phrase") {
		t.Errorf("restore of the current text: out %q, stderr %q", out, errOut)
	}
	if code, _, _ := c.run(testPhrase+"\n", "restore", "PROMPT-001", "deux"); code != exitUsage {
		t.Errorf("restore with a word for a version: code %d", code)
	}
}

// A validated version restored passes the validation's check again.
func TestRestoreChecksTheFixedWording(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	st, err := store.Open(c.db)
	if err != nil {
		t.Fatal(err)
	}
	ts, _ := library.Parse("x", []byte(strings.Replace(namedDraft, "\n\nCONTEXTE", "\nStatut : validé\n\nCONTEXTE", 1)))
	if err := st.Put(ts[0]); err != nil { // an older tamis validated it
		t.Fatal(err)
	}
	c.init()
	c.mustRun(testPhrase+"\n", "draft", "PROMPT-050")
	code, _, errOut := c.run(testPhrase+"\n", "restore", "PROMPT-050", "1")
	if code != exitBlocked || !strings.Contains(errOut, "Marie Dupont") || c.status("PROMPT-050") != library.StatusDraft {
		t.Errorf("restore of a validated version naming a person: code %d, stderr %q", code, errOut)
	}
}

func TestReasonWithANameIsRefused(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	code, _, errOut := c.run(testPhrase+"\n", "archive", "PROMPT-001", "--raison", "demandé par Mme Dupont")
	if code != exitBlocked || !strings.Contains(errOut, "la raison n’a pas été enregistrée") || c.status("PROMPT-001") != library.StatusValidated {
		t.Errorf("reason with a name: code %d, stderr %q", code, errOut)
	}
}

func TestImportStatusesOnlyForTheReferent(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	validated := strings.Replace(fixedDraft, "\n\nCONTEXTE", "\nStatut : validé\n\nCONTEXTE", 1)
	out := c.mustRun(validated, "import", "--brouillons", "-")
	if !strings.Contains(out, "proposé comme brouillon") || c.status("PROMPT-050") != library.StatusDraft {
		t.Fatalf("import --brouillons kept the status: %q", out)
	}
	file := filepath.Join(t.TempDir(), "v.md")
	os.WriteFile(file, []byte(validated), 0o600)
	if out := c.mustRun(testPhrase+"\n", "import", file); !strings.Contains(out, "0 modèle(s) ajouté(s), 1 mis à jour") || c.status("PROMPT-050") != library.StatusValidated {
		t.Fatalf("the référent's import: %q", out)
	}
	named := filepath.Join(t.TempDir(), "n.md")
	os.WriteFile(named, []byte(strings.Replace(strings.Replace(namedDraft, "050", "051", 1), "\n\nCONTEXTE", "\nStatut : validé\n\nCONTEXTE", 1)), 0o600)
	_, _, errOut := c.run(testPhrase+"\n", "import", named)
	if !strings.Contains(errOut, "importé(s) en brouillon") || !strings.Contains(errOut, "n.md:6:1") || !strings.Contains(errOut, "Marie Dupont") ||
		c.status("PROMPT-051") != library.StatusDraft {
		t.Errorf("a validated import naming a person: %q", errOut)
	}
	code, _, errOut := c.run(strings.Replace(fixedDraft, "050", "001", 1), "propose", "-")
	if code != exitError || !strings.Contains(errOut, "n’est pas un brouillon") || !strings.Contains(errOut, "PROMPT-052") {
		t.Errorf("a proposal over a validated template: code %d, stderr %q", code, errOut)
	}
}

// Neither the passphrase nor a value typed to fill a template reaches the
// database file.
func TestDatabaseHoldsNoPassphraseNorTypedValue(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	c.mustRun(fixedDraft, "propose", "-")
	c.mustRun(testPhrase+"\n", "validate", "PROMPT-050")
	c.run("", "fill", "PROMPT-050", "--set", "destinataire=Josiane Valentinelli")
	c.mustRun(testPhrase+"\n", "journal")
	data, err := os.ReadFile(c.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{testPhrase, "Valentinelli"} {
		if bytes.Contains(data, []byte(secret)) {
			t.Errorf("the database holds %q", secret)
		}
	}
}

// The lint's errors forbid a validation too, as they make an import a draft.
func TestValidationRefusedOnLintError(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.init()
	undescribed := strings.Replace(fixedDraft, "\nVARIABLES :\n- [destinataire] : la structure partenaire à qui écrire\n", "", 1)
	c.mustRun(undescribed, "propose", "-")
	code, _, errOut := c.run(testPhrase+"\n", "validate", "PROMPT-050")
	if code != exitBlocked || !strings.Contains(errOut, "le lint y trouve 1 erreur(s)") || !strings.Contains(errOut, "PROMPT-050:9:") {
		t.Errorf("validate with a lint error: code %d, stderr %q", code, errOut)
	}
	if c.status("PROMPT-050") != library.StatusDraft {
		t.Error("validated despite the lint")
	}
}
