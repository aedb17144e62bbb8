package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// runTo runs one command line with stdout going to out.
func (c *cli) runTo(out io.Writer, args ...string) (code int, stderr string) {
	c.t.Helper()
	var errb bytes.Buffer
	full := append([]string{args[0], "--db", c.db}, args[1:]...)
	code = run(full, streams{in: strings.NewReader(""), out: out, err: &errb})
	return code, errb.String()
}

// fillArgs fills PROMPT-900 of twoTemplates with public values.
var fillArgs = []string{"fill", "PROMPT-900", "--set", "Nom asso=Les Amis du Vélo", "--set", "atelier=réparation de vélos"}

// events counts the recorded uses, as stats prints them.
func (c *cli) events() string {
	c.t.Helper()
	_, out, _ := c.run("", "stats")
	first, _, _ := strings.Cut(out, "\n")
	return first
}

// Every command that prints fails (exit 1, a French reason) when stdout is
// /dev/full, and fill counts nothing it could not show.
func TestDevFullIsAnError(t *testing.T) {
	c := newCLI(t)
	c.run(twoTemplates, "import", "-")
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skipf("no /dev/full on this system: %v", err)
	}
	defer full.Close()
	for _, args := range [][]string{{"version"}, {"show", "PROMPT-900"}, {"stats"}, {"list"}, {"list", "--json"},
		{"export"}, {"export", "-"}, {"profile"}, {"rules"}, {"classify", "atelier vélo"}, {"list", "--help"}, fillArgs} {
		code, errOut := c.runTo(full, args...)
		if code != exitError || !strings.Contains(errOut, "impossible d’écrire sur la sortie standard : plus de place sur le disque") {
			t.Errorf("%v > /dev/full: code %d, stderr %q", args, code, errOut)
		}
		if strings.Count(errOut, "sortie standard") != 1 {
			t.Errorf("%v > /dev/full: the error is said %d times: %q", args, strings.Count(errOut, "sortie standard"), errOut)
		}
	}
	code, errOut := c.runTo(full, "rules", "--deny", "Projet Horizon")
	if code != exitError || !strings.Contains(errOut, "plus de place sur le disque (la modification a bien été enregistrée)") {
		t.Errorf("rules --deny > /dev/full: code %d, stderr %q", code, errOut)
	}
	if _, rules, _ := c.run("", "rules"); !strings.Contains(rules, "Projet Horizon") {
		t.Errorf("rules --deny > /dev/full did not save: %q", rules)
	}
	if got := c.events(); got != "0 utilisation(s) enregistrée(s)" {
		t.Errorf("fill > /dev/full was counted: %q", got)
	}
	if code, _ := c.runTo(io.Discard, fillArgs...); code != exitOK || c.events() != "1 utilisation(s) enregistrée(s)" {
		t.Errorf("a shown fill must be counted once: code %d, %q", code, c.events())
	}
}

// failAfter accepts n bytes, then fails as a full disk does: the case of a
// file system that fills up in the middle of an output.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) <= f.n {
		f.n -= len(p)
		return len(p), nil
	}
	n := f.n
	f.n = 0
	return n, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

func TestOutputFailingHalfwayIsAnError(t *testing.T) {
	c := newCLI(t)
	for _, n := range []int{0, 1, 1000, 20000} {
		code, errOut := c.runTo(&failAfter{n: n}, "export", "-")
		if code != exitError || !strings.Contains(errOut, "plus de place sur le disque") {
			t.Errorf("export - failing after %d bytes: code %d, stderr %q", n, code, errOut)
		}
	}
}

// mountTiny mounts a tmpfs of size bytes on a new folder, or skips the test
// when the system does not let us (not root, no CAP_SYS_ADMIN): the same
// failures are then covered by /dev/full and failAfter above.
func mountTiny(t *testing.T, size string) string {
	t.Helper()
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size="+size+",mode=0755"); err != nil {
		t.Skipf("cannot mount a tmpfs to fill up (%v): the full disk is covered by TestDevFullIsAnError and TestOutputFailingHalfwayIsAnError", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, 0) })
	return dir
}

// fillUp leaves about free bytes on the file system of dir.
func fillUp(t *testing.T, dir string, free int64) {
	t.Helper()
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	avail := int64(st.Bavail) * int64(st.Bsize)
	if avail > free {
		if err := os.WriteFile(filepath.Join(dir, "filler"), make([]byte, avail-free), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// On a real full file system: `export - > backup.md` fails and says so,
// and `export DIR` leaves the previous good files as they were.
func TestExportOnFullFilesystem(t *testing.T) {
	c := newCLI(t)
	disk := mountTiny(t, "1m")
	dir := filepath.Join(disk, "sauvegarde")
	if code, _, errOut := c.run("", "export", dir); code != exitOK {
		t.Fatalf("export with room: code %d, %q", code, errOut)
	}
	before := readDir(t, dir)
	fillUp(t, disk, 8<<10)

	backup, err := os.Create(filepath.Join(disk, "backup.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer backup.Close()
	if code, errOut := c.runTo(backup, "export", "-"); code != exitError || !strings.Contains(errOut, "plus de place sur le disque") {
		t.Errorf("export - > full disk: code %d, stderr %q", code, errOut)
	}
	code, _, errOut := c.run("", "export", dir)
	if code != exitError || !strings.Contains(errOut, "plus de place sur le disque") {
		t.Errorf("export DIR on a full disk: code %d, stderr %q", code, errOut)
	}
	after := readDir(t, dir)
	if len(after) != len(before) {
		t.Fatalf("export DIR on a full disk: %d files before, %d after", len(before), len(after))
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed by a failed export", name)
		}
	}
}

// readDir reads every file of dir by name; temporary files count too.
func readDir(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	return folderFiles(t, dir) // the .tamis folder of an export too
}

// A database on a full disk: the import fails in French, and the
// database still answers with what it held.
func TestFullDiskDatabaseWriteIsFrench(t *testing.T) {
	disk := mountTiny(t, "1m")
	c := newCLI(t)
	c.db = filepath.Join(disk, "tamis.db")
	_, before, _ := c.run("", "list")
	fillUp(t, disk, 8<<10)
	var lib strings.Builder
	for i := 200; i < 400; i++ {
		lib.WriteString("[PROMPT-" + strconv.Itoa(i) + "] Modèle\nCONTEXTE :\n« " + strings.Repeat("Nous sommes une association. ", 40) +
			"»\nPROMPT :\n« Rédige [x]. »\n\n")
	}
	code, _, errOut := c.run(lib.String(), "import", "-")
	if code != exitError || !strings.Contains(errOut, "plus de place sur le disque") {
		t.Errorf("import on a full disk: code %d, stderr %q", code, errOut)
	}
	for _, en := range englishFragments {
		if strings.Contains(errOut, en) {
			t.Errorf("English fragment %q in %q", en, errOut)
		}
	}
	if code, after, errOut := c.run("", "list"); code != exitOK || after != before {
		t.Errorf("list after a failed import: code %d, stderr %q", code, errOut)
	}
}
