package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tamis/i18n"
	"tamis/store"
)

// cli runs one command line against a database in a temp dir.
type cli struct {
	t  *testing.T
	db string
}

func newCLI(t *testing.T) *cli {
	t.Helper()
	i18n.SetEnglish(false)
	return &cli{t: t, db: filepath.Join(t.TempDir(), "tamis.db")}
}

func (c *cli) run(stdin string, args ...string) (code int, stdout, stderr string) {
	c.t.Helper()
	var out, errb bytes.Buffer
	full := append([]string{args[0], "--db", c.db}, args[1:]...)
	code = run(full, streams{in: strings.NewReader(stdin), out: &out, err: &errb})
	return code, out.String(), errb.String()
}

func TestVersionAndUsage(t *testing.T) {
	c := newCLI(t)
	if code, out, _ := c.run("", "version"); code != exitOK || !strings.HasPrefix(out, "tamis ") {
		t.Fatalf("version: code %d, out %q", code, out)
	}
	var out, errb bytes.Buffer
	if code := run([]string{"frobnicate"}, streams{strings.NewReader(""), &out, &errb}); code != exitUsage {
		t.Fatalf("unknown command: code %d, want %d", code, exitUsage)
	}
	if !strings.Contains(errb.String(), "commande inconnue") {
		t.Fatalf("unknown command message: %q", errb.String())
	}
}

// Every command's --help is French, names the command and shows an
// example; in English with LANG=en.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, english := range []bool{false, true} {
		i18n.SetEnglish(english)
		usage, examples := "Utilisation", "Exemples"
		if english {
			usage, examples = "Usage", "Examples"
		}
		for _, build := range commandSet {
			name := build(&app{}).Name()
			var out, errb bytes.Buffer
			code := run([]string{name, "--help"}, streams{strings.NewReader(""), &out, &errb})
			help := out.String()
			if code != exitOK || !strings.Contains(help, usage) || !strings.Contains(help, "tamis "+name) ||
				!strings.Contains(help, examples+" :\n  tamis "+name) && !strings.Contains(help, examples+":\n  tamis "+name) {
				t.Errorf("%s --help: code %d, out %q, err %q", name, code, help, errb.String())
			}
		}
	}
	i18n.SetEnglish(false)
}

func TestListJSONOnFreshDatabase(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", "list", "--json")
	if code != exitOK {
		t.Fatalf("list --json: code %d, stderr %q", code, errOut)
	}
	var items []store.Summary
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("list --json is not JSON: %v\n%s", err, out)
	}
	if len(items) < 12 {
		t.Fatalf("default library has %d validated templates, want at least 12", len(items))
	}
	for _, it := range items {
		if it.ID == "" || it.Title == "" || it.Status != "validé" || len(it.Variables) == 0 {
			t.Errorf("incomplete item %+v", it)
		}
	}
}

const twoTemplates = `[PROMPT-900] Affiche d'un atelier
Tags : test

CONTEXTE :
« Nous sommes [Nom asso]. »

PROMPT :
« Rédige une affiche pour [atelier]. »

VARIABLES :
- [Nom asso] : nom de l'association
- [atelier] : thème de l'atelier

[PROMPT-901] Remerciements
CONTEXTE :
« Nous sommes [Nom asso]. »
PROMPT :
« Écris un mot de remerciement pour [événement]. »
VARIABLES :
- [Nom asso] : nom de l'association
- [événement] : l'événement à fêter
`

func TestImportShowExportRoundTrip(t *testing.T) {
	c := newCLI(t)
	file := filepath.Join(t.TempDir(), "lib.md")
	os.WriteFile(file, []byte(twoTemplates), 0o644)
	if code, out, errOut := c.run("", "import", file); code != exitOK || !strings.Contains(out, "2 modèle(s) ajouté(s)") {
		t.Fatalf("import: code %d, out %q, err %q", code, out, errOut)
	}
	code, out, _ := c.run("", "show", "prompt-900")
	if code != exitOK || !strings.HasPrefix(out, "[PROMPT-900] Affiche d'un atelier") {
		t.Fatalf("show: code %d, out %q", code, out)
	}
	dir := filepath.Join(t.TempDir(), "export")
	if code, _, errOut := c.run("", "export", dir); code != exitOK {
		t.Fatalf("export: code %d, err %q", code, errOut)
	}
	_, first, _ := c.run("", "export", "-")
	if code, out, errOut := c.run("", "import", dir); code != exitOK || !strings.Contains(out, "0 modèle(s) ajouté(s)") {
		t.Fatalf("re-import: code %d, out %q, err %q", code, out, errOut)
	}
	_, second, _ := c.run("", "export")
	if first != second {
		t.Fatalf("export, import, export is not byte for byte identical")
	}
	if _, err := os.Stat(filepath.Join(dir, "PROMPT-900.md")); err != nil {
		t.Fatalf("export wrote no PROMPT-900.md: %v", err)
	}
}

func TestImportDuplicateWritesNothing(t *testing.T) {
	c := newCLI(t)
	_, before, _ := c.run("", "export")
	dup := twoTemplates + "\n" + strings.Replace(twoTemplates[:strings.Index(twoTemplates, "[PROMPT-901]")], "Affiche", "Autre", 1)
	code, _, errOut := c.run(dup, "import", "-")
	if code != exitError {
		t.Fatalf("duplicate import: code %d, want %d", code, exitError)
	}
	if !strings.Contains(errOut, "PROMPT-900") || !strings.Contains(errOut, "-:1") || !strings.Contains(errOut, "rien n’a été importé") {
		t.Fatalf("duplicate import message should name both places: %q", errOut)
	}
	if _, after, _ := c.run("", "export"); after != before {
		t.Fatal("a failed import changed the library")
	}
}

func TestImportRejectsEscapeSequences(t *testing.T) {
	c := newCLI(t)
	bad := strings.Replace(twoTemplates, "Rédige", "Rédige \x1b]52;c;ZXZpbA==\x07", 1)
	if code, _, errOut := c.run(bad, "import", "-"); code != exitError || !strings.Contains(errOut, "-:") {
		t.Fatalf("escape sequence: code %d, err %q", code, errOut)
	}
}

func TestFillChecksValues(t *testing.T) {
	c := newCLI(t)
	c.run(twoTemplates, "import", "-")
	code, out, errOut := c.run("", "fill", "PROMPT-900", "--set", "Nom asso=Les Amis du Vélo", "--set", "atelier=réparation de vélos le samedi")
	if code != exitOK || !strings.Contains(out, "réparation de vélos le samedi") || !strings.Contains(out, "CONTEXTE") {
		t.Fatalf("safe fill: code %d, out %q, err %q", code, out, errOut)
	}
	code, out, errOut = c.run("", "fill", "PROMPT-900", "--set", "Nom asso=Les Amis du Vélo", "--set", "atelier=écrire à jeanne.martin@gmail.com")
	if code != exitBlocked || out != "" || !strings.Contains(errOut, "jeanne.martin@gmail.com") {
		t.Fatalf("personal fill: code %d, out %q, err %q", code, out, errOut)
	}
	code, _, errOut = c.run("", "fill", "PROMPT-900", "--set", "Nom asso=Les Amis du Vélo")
	if code != exitError || !strings.Contains(errOut, "atelier") {
		t.Fatalf("missing value: code %d, err %q", code, errOut)
	}
}

func TestClassifyJSONL(t *testing.T) {
	c := newCLI(t)
	code, out, _ := c.run("Cours de FLE le mardi de 14h à 16h\nAppeler Mme Nguyen au 06 12 34 56 78\n", "classify", "--jsonl")
	if code != exitBlocked {
		t.Fatalf("classify --jsonl: code %d, want %d", code, exitBlocked)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 lines, got %q", out)
	}
	var first, second struct {
		Category int    `json:"category"`
		Verdict  string `json:"verdict"`
		Findings []struct {
			Rule       string `json:"rule"`
			Start, End int
		} `json:"findings"`
	}
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &second)
	if first.Verdict != "ok" || first.Category != 2 || first.Findings == nil {
		t.Errorf("public line: %s", lines[0])
	}
	if second.Verdict != "blocked" || second.Category < 3 || len(second.Findings) == 0 {
		t.Errorf("personal line: %s", lines[1])
	}
}

func TestCorruptDatabaseIsNotOverwritten(t *testing.T) {
	c := newCLI(t)
	junk := bytes.Repeat([]byte("pas une base tamis\n"), 500)
	os.WriteFile(c.db, junk, 0o600)
	code, _, errOut := c.run("", "list")
	if code != exitError || errOut == "" {
		t.Fatalf("corrupt db: code %d, err %q", code, errOut)
	}
	if got, _ := os.ReadFile(c.db); !bytes.Equal(got, junk) {
		t.Fatal("a file that is not a tamis database was modified")
	}
}

func TestFlagErrorsAreFrench(t *testing.T) {
	c := newCLI(t)
	code, _, errOut := c.run("", "classify", "--bogus")
	if code != exitUsage || !strings.Contains(errOut, "option inconnue --bogus") {
		t.Fatalf("unknown flag: code %d, err %q", code, errOut)
	}
	code, _, errOut = c.run("", "fill", "PROMPT-001", "--set", "x")
	if code != exitUsage || !strings.Contains(errOut, "attendu NOM=VALEUR") || strings.Contains(errOut, "invalid value") {
		t.Fatalf("bad --set: code %d, err %q", code, errOut)
	}
}

func TestSetRefusesEscapeSequences(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", "fill", "PROMPT-001", "--set", "mission=a\x1b]52;c;ZXZpbA==\x07")
	if code != exitUsage || strings.Contains(out+errOut, "\x1b") {
		t.Fatalf("escape in --set: code %d, out %q, err %q", code, out, errOut)
	}
}

func TestProfileRefusesPersonalData(t *testing.T) {
	c := newCLI(t)
	if code, _, errOut := c.run("", "profile", "--set", "Nom asso=Les Amis du Vélo"); code != exitOK {
		t.Fatalf("public profile value refused: %d %q", code, errOut)
	}
	code, _, errOut := c.run("", "profile", "--set", "mission=Mme Dupont est diabétique")
	if code != exitBlocked || !strings.Contains(errOut, "n’a pas été enregistrée") {
		t.Fatalf("personal profile value: code %d, err %q", code, errOut)
	}
	_, out, _ := c.run("", "profile")
	if strings.Contains(out, "Dupont") || !strings.Contains(out, "Nom asso = Les Amis du Vélo") {
		t.Fatalf("profile after refusal: %q", out)
	}
}

func TestExportFailureWritesNothing(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	// A folder where PROMPT-005.md should go makes that rename fail.
	os.Mkdir(filepath.Join(dir, "PROMPT-005.md"), 0o755)
	code, _, errOut := c.run("", "export", dir)
	if code != exitError || !strings.Contains(errOut, "rien n’a été exporté") {
		t.Fatalf("export into a blocked folder: code %d, err %q", code, errOut)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("export wrote %d entries, want only the blocking folder", len(entries))
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tamis-") {
			t.Errorf("temporary file left behind: %s", e.Name())
		}
	}
}

// anonymize prints the anonymised text only when nothing blocked remains: a
// sensitive fact about a code is still category 4 (exit 4, empty stdout,
// the findings on stderr); a doubt is printed with a warning (exit 3).
func TestAnonymizeNeverPrintsBlocked(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("Atelier vélo animé par Jean Martin, qui est diabétique", "anonymize")
	if code != exitBlocked || out != "" || !strings.Contains(errOut, "diabétique") || strings.Contains(errOut, "Jean Martin") {
		t.Fatalf("sensitive: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	// a general question followed by the person it is asked for: the name
	// becomes a code, the question stays that person's (topic_named.go)
	code, out, errOut = c.run("Quels sont les effets de la chimio ? Je demande pour Sylvie Marchand.", "anonymize")
	if code != exitBlocked || out != "" || !strings.Contains(errOut, "chimio") || strings.Contains(errOut, "Marchand") {
		t.Fatalf("topic asked for someone: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, errOut = c.run("Écrire à jean.dupont@gmail.com pour l'atelier vélo", "anonymize")
	if code != exitOK || strings.Contains(out, "jean.dupont") || !strings.Contains(out, "contact_001@") || errOut != "" {
		t.Fatalf("personal: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// fill checks each value on its own too, as the interface's badges do: the
// template's wording around a value must not hide a health fact, and the
// refusal names the variable at fault.
func TestFillChecksEachValue(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", "fill", "PROMPT-001", "--set", "Nom asso=Les Amis du Quartier", "--set", "année=2010",
		"--set", "mission=aider Paul Durand, un bénévole malade")
	if code != exitBlocked || out != "" || !strings.Contains(errOut, "Valeur de « mission »") || !strings.Contains(errOut, "donnée de santé") {
		t.Fatalf("code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// A generic framing around a named person's health fact is still blocked
// by anonymize: nothing printed.
func TestAnonymizeGenericFramingStillBlocked(t *testing.T) {
	c := newCLI(t)
	code, out, _ := c.run("Notre mission : aider Paul Durand, un bénévole malade.", "anonymize")
	if code != exitBlocked || out != "" {
		t.Fatalf("code %d, stdout %q", code, out)
	}
}
