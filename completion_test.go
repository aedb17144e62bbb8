package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// complete asks the completion command, as the shells' scripts do.
func complete(t *testing.T, db string, words ...string) (lines []string, out string) {
	t.Helper()
	var o, e bytes.Buffer
	args := append([]string{"__complete", "--db", db}, words...)
	if code := run(args, streams{strings.NewReader(""), &o, &e}); code != exitOK {
		t.Fatalf("%v: code %d, stderr %q", words, code, e.String())
	}
	return strings.Split(strings.TrimSpace(o.String()), "\n"), o.String()
}

// `tamis fill PROMPT-0<Tab>` offers the validated template ids with their
// titles, and `--set <Tab>` the template's variables; completing never
// creates a database.
func TestCompletionOfIDsAndVariables(t *testing.T) {
	c := newCLI(t)
	lines, out := complete(t, c.db, "fill", "PROMPT-0")
	if _, err := os.Stat(c.db); !os.IsNotExist(err) {
		t.Fatalf("completion created the database: %v", err)
	}
	if !strings.HasPrefix(out, "PROMPT-001\tPrésentation de l'association") || !strings.Contains(out, "\nPROMPT-016\t") || lines[len(lines)-1] != ":4" {
		t.Fatalf("ids without a database: %q", out)
	}
	c.run(twoTemplates, "import", "-")
	_, out = complete(t, c.db, "show", "prompt-9")
	if out != "PROMPT-900\tAffiche d'un atelier\nPROMPT-901\tRemerciements\n:4\n" {
		t.Fatalf("ids from the database: %q", out)
	}
	_, out = complete(t, c.db, "fill", "PROMPT-002", "--set", "ré")
	if out != "réseau social=\n:6\n" {
		t.Fatalf("--set ré: %q", out)
	}
	_, out = complete(t, c.db, "fill", "prompt-002", "--set", "ton=")
	if out != "ton=chaleureux\nton=dynamique\nton=informatif\nton=festif\n:4\n" {
		t.Fatalf("--set ton=: %q", out)
	}
}

// The scripts of the four shells are written; bash's, run by a real bash
// against this tamis, completes the ids.
func TestCompletionScripts(t *testing.T) {
	c := newCLI(t)
	scripts := map[string]string{}
	for _, shell := range shells {
		code, out, errOut := c.run("", "completion", shell)
		if code != exitOK || !strings.Contains(out, "__complete") {
			t.Fatalf("completion %s: code %d, stderr %q", shell, code, errOut)
		}
		scripts[shell] = out
	}
	if code, _, errOut := c.run("", "completion", "tcsh"); code != exitUsage || !strings.Contains(errOut, "bash, zsh, fish ou powershell") {
		t.Fatalf("completion tcsh: code %d, stderr %q", code, errOut)
	}
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash here")
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "tamis.bash")
	os.WriteFile(script, []byte(scripts["bash"]), 0o600)
	if err := os.Symlink(os.Args[0], filepath.Join(dir, "tamis")); err != nil {
		t.Fatal(err)
	}
	// bash-completion's helper, reduced to what the script asks of it.
	const drive = `source "$1"
_get_comp_words_by_ref() { cur=${COMP_WORDS[COMP_CWORD]}; prev=${COMP_WORDS[COMP_CWORD-1]}; words=("${COMP_WORDS[@]}"); cword=$COMP_CWORD; }
COMP_WORDS=(tamis fill PROMPT-01); COMP_CWORD=2; COMP_LINE="tamis fill PROMPT-01"; COMP_POINT=${#COMP_LINE}
__start_tamis
printf '%s\n' "${COMPREPLY[@]}"`
	cmd := exec.Command(bash, "--norc", "--noprofile", "-c", drive, "bash", script)
	cmd.Env = append(os.Environ(), "PATH="+dir+string(os.PathListSeparator)+os.Getenv("PATH"),
		"TAMIS_TEST_MAIN=1", "TAMIS_DB="+c.db, "COLUMNS=200")
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "PROMPT-010") || !strings.Contains(string(out), "PROMPT-016") || strings.Contains(string(out), "PROMPT-009") {
		t.Fatalf("bash completion: %v\n%s", err, out)
	}
}

// `tamis man` writes a man page from the same definitions as the help;
// with a folder, one page per command.
func TestManPages(t *testing.T) {
	c := newCLI(t)
	code, out, errOut := c.run("", "man")
	if code != exitOK || !strings.Contains(out, `.TH "TAMIS" "1"`) || !strings.Contains(out, "tamis-fill(1)") {
		t.Fatalf("man: code %d, stderr %q, out %.200q", code, errOut, out)
	}
	dir := t.TempDir()
	if code, _, errOut := c.run("", "man", dir); code != exitOK {
		t.Fatalf("man DIR: code %d, stderr %q", code, errOut)
	}
	page, err := os.ReadFile(filepath.Join(dir, "tamis-fill.1"))
	if err != nil || !strings.Contains(string(page), "relancez avec --confirmer") || !strings.Contains(string(page), "PROMPT-002") {
		t.Fatalf("tamis-fill.1: %v\n%.300s", err, page)
	}
}

// BenchmarkCompleteFillIDs is one `tamis fill PROMPT-0<Tab>` against a
// database of the default library, as the shell asks it (without the
// process start).
func BenchmarkCompleteFillIDs(b *testing.B) {
	db := filepath.Join(b.TempDir(), "tamis.db")
	var o, e bytes.Buffer
	run([]string{"list", "--db", db}, streams{strings.NewReader(""), &o, &e})
	for b.Loop() {
		o.Reset()
		run([]string{"__complete", "--db", db, "fill", "PROMPT-0"}, streams{strings.NewReader(""), &o, &e})
	}
}
