package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tamis/i18n"
	"tamis/referent"
	"tamis/store"
)

const testPhrase = "la salle des fêtes"

// referentClock stands for the clock of the référent's checks: a sleep
// only moves it, and is remembered.
type referentClock struct {
	now    time.Time
	sleeps []time.Duration
}

// fakeReferent replaces the clock, the terminal and the hash costs for one
// test: no wait takes time, no test asks a real terminal.
func fakeReferent(t *testing.T) *referentClock {
	t.Helper()
	saved := referentHooks
	c := &referentClock{now: time.Date(2026, 11, 30, 20, 0, 0, 0, time.UTC)}
	referentHooks.now = func() time.Time { return c.now }
	referentHooks.sleep = func(d time.Duration) { c.sleeps = append(c.sleeps, d); c.now = c.now.Add(d) }
	referentHooks.openTTY = func() (*os.File, error) { return nil, errors.New("no terminal in tests") }
	referentHooks.params = referent.Params{Time: 1, Memory: 64, Threads: 1, SaltLen: 16, KeyLen: 32}
	t.Cleanup(func() { referentHooks = saved })
	return c
}

func (c *cli) mustRun(stdin string, args ...string) string {
	c.t.Helper()
	code, out, errOut := c.run(stdin, args...)
	if code != exitOK {
		c.t.Fatalf("%v: code %d, stderr %q", args, code, errOut)
	}
	return out
}

func (c *cli) init() {
	c.t.Helper()
	c.mustRun(testPhrase+"\n", "referent", "init")
}

// referentCommands are the référent's actions; each one is run on a fresh
// database (setup prepares what it needs) and must change something.
func referentCommands(t *testing.T, c *cli) map[string][]string {
	lib := filepath.Join(t.TempDir(), "lib.md")
	if err := os.WriteFile(lib, []byte(twoTemplates), 0o600); err != nil {
		t.Fatal(err)
	}
	charter := filepath.Join(t.TempDir(), "charte.md")
	statements := filepath.Join(t.TempDir(), "enonces.txt")
	if os.WriteFile(charter, []byte("# Notre charte\n"), 0o600) != nil ||
		os.WriteFile(statements, []byte("[ENT-500] horaires\nÉNONCÉ : Repas partagé le jeudi.\nRÉPONSE : 2\nRAISON : Test de la porte.\n"), 0o600) != nil {
		t.Fatal("cannot write the test files")
	}
	return map[string][]string{
		"charte --registre":      {"charte", "--registre"},
		"charte --effacer":       {"charte", "--effacer", "Awa"},
		"charte --modifier":      {"charte", "--modifier", charter},
		"charte --avant-copie":   {"charte", "--avant-copie", "on"},
		"entrainement --ajouter": {"entrainement", "--ajouter", statements},
		"indicateurs":            {"indicateurs"},
		"indicateurs --equipe":   {"indicateurs", "--equipe", "5"},
		"indicateurs --incident": {"indicateurs", "--incident"},
		"profile --set":          {"profile", "--set", "année=2026"},
		"profile --unset":        {"profile", "--unset", "Nom asso"},
		"rules --allow":          {"rules", "--allow", "Mairie de Lyon"},
		"rules --deny":           {"rules", "--deny", "projet Hermès"},
		"rules --remove":         {"rules", "--remove", "Salle Pasteur"},
		"import":                 {"import", lib},
		"sauvegardes --garder":   {"sauvegardes", "--garder", "3"},
		"sauvegardes --restore":  {"sauvegardes", "--restaurer", "NAME"},
		"stats":                  {"stats"},
		"validate":               {"validate", "PROMPT-900"},
		"draft":                  {"draft", "PROMPT-001"},
		"archive":                {"archive", "PROMPT-001"},
		"restore":                {"restore", "PROMPT-002", "1"},
		"history":                {"history", "PROMPT-001"},
		"journal":                {"journal"},
		"conflicts":              {"conflicts"},
	}
}

// prepare gives a new database what the référent commands act on, and a
// backup to restore; it returns the backup's name.
func (c *cli) prepare() string {
	c.t.Helper()
	c.mustRun("", "profile", "--set", "Nom asso=Les Amis du Vélo")
	c.mustRun("", "rules", "--allow", "Salle Pasteur")
	c.mustRun(twoTemplates, "propose", "-")
	c.mustRun("", "archive", "PROMPT-002")
	c.mustRun("", "charte", "--signer", "Awa")
	list, err := store.Backups(c.db)
	if err != nil || len(list) == 0 {
		c.t.Fatalf("no backup: %v", err)
	}
	return list[0].Name
}

func withBackup(args []string, name string) []string {
	out := append([]string{}, args...)
	for i, a := range out {
		if a == "NAME" {
			out[i] = name
		}
	}
	return out
}

func TestReferentCommandsOpenBeforeInit(t *testing.T) {
	fakeReferent(t)
	for what, args := range referentCommands(t, newCLI(t)) {
		c := newCLI(t)
		name := c.prepare()
		code, _, errOut := c.run("", withBackup(args, name)...)
		if code != exitOK {
			t.Errorf("%s before init: code %d, stderr %q", what, code, errOut)
		}
		if n := strings.Count(errOut, "aucun référent défini : tamis referent init pour en définir un"); n != 1 {
			t.Errorf("%s before init: the notice is said %d times: %q", what, n, errOut)
		}
	}
}

func TestReferentCommandsClosedAfterInit(t *testing.T) {
	fakeReferent(t)
	for what, args := range referentCommands(t, newCLI(t)) {
		c := newCLI(t)
		name := c.prepare()
		c.init()
		args = withBackup(args, name)
		before := c.snapshot()
		code, out, errOut := c.run("", args...)
		if code != exitError || !strings.Contains(errOut, "phrase de passe absente") || out != "" {
			t.Errorf("%s without a passphrase: code %d, out %q, stderr %q", what, code, out, errOut)
		}
		code, out, errOut = c.run("pas la bonne phrase\n", args...)
		if code != exitDenied || errOut != "tamis : phrase de passe incorrecte ; rien n’a été fait.\n" || out != "" {
			t.Errorf("%s with a wrong passphrase: code %d, out %q, stderr %q", what, code, out, errOut)
		}
		if after := c.snapshot(); after != before {
			t.Errorf("%s: refused, yet the data changed:\n%s\n---\n%s", what, before, after)
		}
		if code, _, errOut := c.run(testPhrase+"\n", args...); code != exitOK || strings.Contains(errOut, "aucun référent") {
			t.Errorf("%s with the passphrase: code %d, stderr %q", what, code, errOut)
		}
	}
}

// snapshot is what the référent commands change: profile, rules,
// templates, backups setting, backups; not the events, where a refusal is
// recorded.
func (c *cli) snapshot() string {
	c.t.Helper()
	st, err := store.Open(c.db)
	if err != nil {
		c.t.Fatal(err)
	}
	p, _ := st.Profile()
	r, _ := st.Rules()
	sums, _ := st.Summaries(true)
	keep, _ := st.BackupKeep()
	var b strings.Builder
	b.WriteString(strings.Join([]string{p["année"], p["Nom asso"], strings.Join(r.Allow, ","), strings.Join(r.Deny, ",")}, "|"))
	for _, s := range sums {
		b.WriteString(" " + s.ID + ":" + string(s.Status))
	}
	list, _ := store.Backups(c.db)
	fmt.Fprintf(&b, " keep=%d backups=%d", keep, len(list))
	return b.String()
}

func TestDisplayCommandsStayOpen(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	c.prepare()
	c.init()
	for _, args := range [][]string{
		{"profile"}, {"rules"}, {"list"}, {"list", "--all"}, {"show", "PROMPT-001"}, {"export", "-"},
		{"classify", "Atelier vélo le mardi"}, {"sauvegardes"}, {"referent"}, {"verifier"},
		{"fill", "PROMPT-001", "--set", "X mots=100 mots", "--set", "année=2026", "--set", "mission=réparer des vélos"},
	} {
		code, _, errOut := c.run("", args...)
		if (code != exitOK && code != exitDoubt) || strings.Contains(errOut, "phrase") || strings.Contains(errOut, "référent") {
			t.Errorf("%v after init: code %d, stderr %q", args, code, errOut)
		}
	}
}

func TestReferentNoticeInEnglish(t *testing.T) {
	fakeReferent(t)
	c := newCLI(t)
	i18n.SetEnglish(true)
	t.Cleanup(func() { i18n.SetEnglish(false) })
	code, _, errOut := c.run("", "rules", "--deny", "projet Hermès")
	if code != exitOK || errOut != "tamis: no référent defined: tamis referent init to define one\n" {
		t.Fatalf("rules before init in English: code %d, stderr %q", code, errOut)
	}
	c.init()
	if code, _, errOut := c.run("wrong passphrase\n", "stats"); code != exitDenied || !strings.Contains(errOut, "wrong passphrase; nothing was done") {
		t.Fatalf("wrong passphrase in English: code %d, stderr %q", code, errOut)
	}
}
