//go:build linux || darwin

package main

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readmeCommands are the command lines of the README's ```sh blocks that
// run tamis (first word tamis, or piped into it), comments removed.
func readmeCommands(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("README.md")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	inSh := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "```"):
			inSh = !inSh && strings.TrimPrefix(line, "```") == "sh"
		case inSh:
			cmd := strings.TrimSpace(withoutComment(line))
			if strings.HasPrefix(cmd, "tamis") || strings.Contains(cmd, "| tamis ") {
				lines = append(lines, cmd)
			}
		}
	}
	return lines
}

// withoutComment cuts a shell comment: a # after a space, outside quotes.
func withoutComment(line string) string {
	var quote rune
	for i, r := range line {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
		case r == '\'' || r == '"':
			quote = r
		case r == '#' && (i == 0 || line[i-1] == ' '):
			return line[:i]
		}
	}
	return line
}

// readmeNotRun are the README lines this test cannot run, and why.
var readmeNotRun = map[string]string{
	"tamis": "the interface needs a terminal: scripts/e2e-tui.sh drives it",
}

// readmeExit are the README lines whose documented exit code is not 0.
var readmeExit = map[string]int{
	`tamis classify "Mme Nguyen est diabétique"`:                                exitBlocked,
	`printf 'Cours de FLE le mardi\n06 12 34 56 78\n' | tamis classify --jsonl`: exitBlocked,
}

// readmeFixtures are the files the README's examples name, in the folder
// where they run; ~ is the test's home.
var readmeFixtures = map[string]string{
	"valeurs.txt": "Nom asso=Les Amis du Vélo\nmission=faire découvrir le vélo en ville\névénement=atelier de réparation de vélos\n" +
		"date=samedi 14 juin\nhoraires=de 14 h à 18 h\nlieu=salle polyvalente de la mairie\n",
	"valeur.txt":             "Cours de FLE le mardi de 14 h à 16 h",
	"texte.txt":              "Écrire à jean.dupont@gmail.com pour l'atelier vélo",
	"mes-modeles.md":         twoTemplates,
	"mon-modele.md":          formatExample,
	"nouveau.md":             formatExample,
	"~/partage/modele.md":    formatExample,
	"modeles.md":             twoTemplates,
	"~/.config/tamis/phrase": testPhrase + "\n",
	"~/.local/share/bash-completion/completions/": "",
}

// Every tamis command line of the README runs, as written, with a real
// shell and this tamis, against a fresh copy of a database of the
// embedded library with a référent defined (none for `referent init`),
// and ends with the exit code the README gives.
func TestReadmeExamples(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash here")
	}
	fakeReferent(t) // the hash stored below is cheap to check
	seeded := newCLI(t)
	seeded.mustRun("", "list")
	withReferent := newCLI(t)
	withReferent.init()
	bin := t.TempDir()
	if err := os.Symlink(os.Args[0], filepath.Join(bin, "tamis")); err != nil {
		t.Fatal(err)
	}
	lines := readmeCommands(t)
	if len(lines) < 25 {
		t.Fatalf("found %d command lines in the README, want at least 25", len(lines))
	}
	for _, line := range lines {
		if why, skip := readmeNotRun[line]; skip {
			t.Logf("not run here: %s (%s)", line, why)
			continue
		}
		t.Run(line, func(t *testing.T) {
			t.Parallel() // each line has its own folder and database
			from := withReferent.db
			if strings.HasPrefix(line, "tamis referent init") {
				from = seeded.db
			}
			dir, home := readmeWorkdir(t, from)
			cmd := exec.Command(bash, "--norc", "--noprofile", "-c", line)
			cmd.Dir = dir
			// The passphrase when asked; passwd reads the new one next.
			cmd.Stdin = strings.NewReader(testPhrase + "\nune nouvelle phrase de passe\n")
			cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "HOME="+home,
				"TAMIS_TEST_MAIN=1", "TAMIS_DB="+filepath.Join(dir, "data", "tamis.db"), "LANG=fr_FR.UTF-8", "LC_ALL=",
				"ANCIENNE="+testPhrase, "NOUVELLE=une nouvelle phrase de passe")
			out, _ := cmd.CombinedOutput()
			if got := cmd.ProcessState.ExitCode(); got != readmeExit[line] {
				t.Fatalf("exit %d, want %d:\n%s", got, readmeExit[line], out)
			}
		})
	}
}

// readmeWorkdir is a folder with the README's files and a copy of the
// database from, with one automatic backup of the name the README uses.
func readmeWorkdir(t *testing.T, from string) (dir, home string) {
	dir, home = t.TempDir(), t.TempDir()
	for name, content := range readmeFixtures {
		path := filepath.Join(dir, name)
		if rest, ok := strings.CutPrefix(name, "~/"); ok {
			path = filepath.Join(home, rest)
		}
		if strings.HasSuffix(name, "/") {
			os.MkdirAll(path, 0o700)
			continue
		}
		os.MkdirAll(filepath.Dir(path), 0o700)
		os.WriteFile(path, []byte(content), 0o600)
	}
	db, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "data", "sauvegardes"), 0o700)
	os.WriteFile(filepath.Join(dir, "data", "tamis.db"), db, 0o600)
	os.WriteFile(filepath.Join(dir, "data", "sauvegardes", "tamis-2026-11-30-184500.db"), db, 0o600)
	return dir, home
}
