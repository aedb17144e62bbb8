package main

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"tamis/store"
	"tamis/store/faulttest"
)

// The command-line half of the fault-injection suite: damaged, flipped,
// truncated and killed databases, through every command.

// TestMain lets a test run the real tamis in a child process (to kill it):
// the test binary started with TAMIS_TEST_MAIN=1 is tamis.
func TestMain(m *testing.M) {
	if os.Getenv("TAMIS_TEST_MAIN") == "1" {
		main()
	}
	os.Exit(m.Run())
}

// faultCommands are run on every damaged file; db marks those that read
// the database (sauvegardes only lists the folder of copies).
var faultCommands = []struct {
	args  []string
	stdin string
	db    bool
}{
	{[]string{"list", "--all"}, "", true},
	{[]string{"show", "PROMPT-100"}, "", true},
	{[]string{"export", "-"}, "", true},
	{[]string{"stats"}, "", true},
	{[]string{"classify", "Atelier ouvert à tous le mardi"}, "", true},
	{[]string{"sauvegardes"}, "", false},
	{[]string{"verifier", "--sans-reparer"}, "", true},
	{[]string{"fill", "PROMPT-100", "--set", "X mots=80"}, "", true},
	{[]string{"profile", "--set", "territoire=Lyon 7e"}, "", true},
	{[]string{"rules", "--deny", "projet Hermès"}, "", true},
	{[]string{"import", "-"}, textLibrary(500, 3), true},
}

// dbCommands is how many of faultCommands read the database.
func dbCommands() int {
	n := 0
	for _, c := range faultCommands {
		if c.db {
			n++
		}
	}
	return n
}

// cleanRefusal is what a command may say about a file it refuses.
func cleanRefusal(errOut string) bool {
	for _, s := range []string{"base tamis endommagée ; elle n'a pas été modifiée", "n'est pas une base tamis",
		"version plus récente", "est endommagée"} {
		if strings.Contains(errOut, s) {
			return true
		}
	}
	return false
}

// runFaultCommands runs every command on c.db and checks that each either
// answers or refuses cleanly, and that a file failing the check is never
// written. It returns how many commands refused.
func runFaultCommands(t *testing.T, c *cli, label string) (refused int) {
	t.Helper()
	before, err := os.ReadFile(c.db)
	if err != nil {
		t.Fatal(err)
	}
	sound := store.Verify(c.db) == nil
	for _, cmd := range faultCommands {
		code, _, errOut := c.run(cmd.stdin, cmd.args...)
		switch {
		case code == exitError && !sound && !cleanRefusal(errOut):
			t.Errorf("%s: %v on a damaged file: unclear refusal %q", label, cmd.args, errOut)
		case code == exitError:
			refused++
		case code != exitOK && code != exitDoubt && code != exitBlocked:
			t.Errorf("%s: %v: exit code %d, %q", label, cmd.args, code, errOut)
		case !sound && cmd.db:
			t.Errorf("%s: %v answered on a file that fails the check", label, cmd.args)
		}
		if after, _ := os.ReadFile(c.db); !sound && !bytes.Equal(before, after) {
			t.Fatalf("%s: %v wrote to a file that fails the check", label, cmd.args)
		}
	}
	if sound {
		if err := store.Verify(c.db); err != nil {
			t.Errorf("%s: the commands damaged a sound file: %s", label, store.DamageDetail(err))
		}
	}
	return refused
}

// faultBase makes a database with templates, history, profile, rules and
// events, and returns its bytes.
func faultBase(t *testing.T) (*cli, []byte) {
	t.Helper()
	c := newCLI(t)
	steps := [][]string{
		{"import", "-"},
		{"profile", "--set", "Nom asso=Les Amis du Vélo"},
		{"rules", "--allow", "Maison des associations"},
		{"fill", "PROMPT-100", "--set", "X mots=80"},
	}
	for _, s := range steps {
		if code, _, errOut := c.run(textLibrary(100, 40), s...); code != exitOK {
			t.Fatalf("%v: %d %s", s, code, errOut)
		}
	}
	data, err := os.ReadFile(c.db)
	if err != nil {
		t.Fatal(err)
	}
	return c, data
}

// The case of issue 8: live pages marked free, meta checksums intact.
// Every command refuses, nothing is written.
func TestCLIDamagedFreelist(t *testing.T) {
	c, _ := faultBase(t)
	if _, err := faulttest.MarkLiveFree(c.db); err != nil {
		t.Fatal(err)
	}
	if refused := runFaultCommands(t, c, "damaged freelist"); refused != dbCommands() {
		t.Errorf("%d of %d commands refused", refused, dbCommands())
	}
}

// What an older tamis left behind: writes made on a damaged freelist
// overwrote live pages, and reading the tree then ran without end (export
// grew to several gigabytes). Every command must now stop at once.
func TestCLIOverwrittenTreeStaysBounded(t *testing.T) {
	c, _ := faultBase(t)
	if n, err := faulttest.MarkLeavesFree(c.db); err != nil || n == 0 {
		t.Fatal(n, err)
	}
	if !writeLikeOldTamis(c.db) {
		t.Fatal("bbolt refused to write on the damaged freelist")
	}
	// Not bbolt's Tx.Check here: on such a tree it may never return.
	if err := store.Verify(c.db); !errors.Is(err, store.ErrCorrupt) {
		t.Fatalf("the old writes left a file that passes the check (%v): nothing was overwritten", err)
	}
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	runFaultCommands(t, c, "overwritten tree")
	runtime.ReadMemStats(&m1)
	if grown := m1.TotalAlloc - m0.TotalAlloc; grown > 64<<20 {
		t.Errorf("commands on an overwritten tree allocated %d MiB", grown>>20)
	}
	if code, _, errOut := c.run("", "verifier"); code != exitError || !strings.Contains(errOut, "Récupéré") {
		t.Errorf("verifier: %d %q", code, errOut)
	}
	if err := store.Verify(c.db); err != nil {
		t.Errorf("after verifier: %v", store.DamageDetail(err))
	}
}

// writeLikeOldTamis writes with bbolt alone, without the check, as tamis
// did before: new pages land on live ones marked free. It reports whether
// at least one transaction was committed (bbolt panics on some layouts).
func writeLikeOldTamis(path string) bool {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return false
	}
	defer db.Close()
	committed := 0
	for i := range 100 {
		if oldWrite(db, i) {
			committed++
		}
	}
	return committed > 0
}

func oldWrite(db *bolt.DB, i int) (ok bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	err := db.Update(func(tx *bolt.Tx) error {
		b, err := tx.CreateBucketIfNotExists([]byte("ancien"))
		if err != nil {
			return err
		}
		return b.Put([]byte(itoa(i)), bytes.Repeat([]byte("x"), 900))
	})
	return err == nil
}

// Random byte flips, half of them in page headers: every command answers
// or refuses cleanly, and no write reaches a file that fails the check.
func TestCLIRandomByteFlips(t *testing.T) {
	trials := 60
	if testing.Short() {
		trials = 20
	}
	c, pristine := faultBase(t)
	used, err := faulttest.UsedSize(c.db)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(2026, 11))
	damaged := 0
	for trial := range trials {
		os.WriteFile(c.db, pristine[:used], 0o600)
		flip := faulttest.Flip
		if trial%2 == 1 {
			flip = faulttest.FlipHeaders
		}
		offs, err := flip(c.db, 1+r.IntN(4), r)
		if err != nil {
			t.Fatal(err)
		}
		if store.Verify(c.db) != nil {
			damaged++
		}
		runFaultCommands(t, c, "flips at "+strings.Trim(strings.Join(strings.Fields(strings.Trim(fmtInts(offs), "[]")), ","), ","))
	}
	t.Logf("%d files with random flips through %d commands each: %d failed the check and were never written",
		trials, len(faultCommands), damaged)
}

func fmtInts(v []int64) string {
	var b strings.Builder
	for _, x := range v {
		b.WriteString(" " + itoa(int(x)))
	}
	return b.String()
}

// Truncations anywhere in the pages in use.
func TestCLITruncations(t *testing.T) {
	c, pristine := faultBase(t)
	used, err := faulttest.UsedSize(c.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, tenth := range []int64{1, 3, 5, 7, 9} {
		cut := used * tenth / 10
		os.WriteFile(c.db, pristine[:cut], 0o600)
		if refused := runFaultCommands(t, c, "cut at "+itoa(int(cut))); refused != dbCommands() {
			t.Errorf("cut at %d: %d of %d commands refused", cut, refused, dbCommands())
		}
	}
}

// kill -9 during a large import, 20 times: the file passes the check after
// each kill and holds either the old library or the whole new one. The
// import copies the database first; each kill lands at a random moment
// after that copy, while the import's transaction is being written.
func TestKillDuringImport(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGKILL")
	}
	c := newCLI(t)
	lib := filepath.Join(t.TempDir(), "grande.md")
	os.WriteFile(lib, []byte(textLibrary(1000, 6000)), 0o600)
	fresh := func() {
		os.Remove(c.db)
		os.RemoveAll(store.BackupDir(c.db))
		if code, _, errOut := c.run("", "list"); code != exitOK { // a new database, seeded
			t.Fatal(errOut)
		}
	}
	fresh()
	_, seeded, _ := c.run("", "list", "--all", "--json")
	// One import to the end, to know how long its transaction takes.
	cmd := tamisChild(c.db, lib)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	copied := waitForBackup(c.db)
	cmd.Wait()
	window := time.Since(copied)
	_, imported, _ := c.run("", "list", "--all", "--json")
	r := rand.New(rand.NewPCG(9, 9))
	kills, whole := 0, 0
	for i := range 20 {
		fresh()
		cmd := tamisChild(c.db, lib)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		waitForBackup(c.db)
		time.Sleep(time.Duration(r.Int64N(int64(window))))
		if cmd.Process.Signal(syscall.SIGKILL) == nil {
			kills++
		}
		cmd.Wait()
		if err := store.Verify(c.db); err != nil {
			t.Fatalf("kill %d: the file fails the check: %v (%s)", i, err, store.DamageDetail(err))
		}
		_, got, _ := c.run("", "list", "--all", "--json")
		if got != seeded && got != imported {
			t.Fatalf("kill %d: neither the old library nor the whole import (%d bytes of list)", i, len(got))
		}
		if got == imported {
			whole++
		}
		checkBackups(t, c.db)
	}
	t.Logf("%d kills during imports of 6,000 templates (transaction %v): %d left the old library, %d the whole import, all sound",
		kills, window.Round(time.Millisecond), kills-whole, whole)
}

// waitForBackup polls until the import has made its copy of the database
// (or gave up), and returns when.
func waitForBackup(db string) time.Time {
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		if list, _ := store.Backups(db); len(list) > 0 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	return time.Now()
}

// checkBackups: a kill during a copy never leaves a partial named copy.
func checkBackups(t *testing.T, db string) {
	t.Helper()
	list, err := store.Backups(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range list {
		if err := store.Verify(filepath.Join(store.BackupDir(db), b.Name)); err != nil {
			t.Fatalf("backup %s: %v", b.Name, err)
		}
	}
}

// tamisChild is tamis importing lib into db, in a child process.
func tamisChild(db, lib string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "import", "--db", db, lib)
	cmd.Env = append(os.Environ(), "TAMIS_TEST_MAIN=1")
	return cmd
}
