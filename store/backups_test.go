package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestAutoBackupIsPrivateAndUsable(t *testing.T) {
	s := newStore(t, seedFS())
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier"}); err != nil {
		t.Fatal(err)
	}
	name, err := s.AutoBackup()
	if err != nil {
		t.Fatal(err)
	}
	dir := BackupDir(s.Path())
	if !strings.HasPrefix(name, "tamis-") || !strings.HasSuffix(name, ".db") {
		t.Errorf("backup named %q", name)
	}
	for p, want := range map[string]os.FileMode{dir: 0o700, filepath.Join(dir, name): 0o600} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: %v, want mode %v", p, err, want)
		}
	}
	copied, err := open(filepath.Join(dir, name), nil, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := copied.Profile(); p["Nom asso"] != "Les Amis du Quartier" {
		t.Errorf("backup profile %v", p)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the backup folder, want only the copy", len(entries))
	}
}

func TestAutoBackupKeepsTheLastN(t *testing.T) {
	s := newStore(t, seedFS())
	if err := s.SetBackupKeep(3); err != nil {
		t.Fatal(err)
	}
	var made []string
	for i := range 5 {
		if err := s.SetProfile(Profile{"n": strings.Repeat("x", i+1)}); err != nil {
			t.Fatal(err)
		}
		name, err := s.AutoBackup()
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, name)
	}
	list, err := Backups(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, b := range list {
		names = append(names, b.Name)
	}
	if want := []string{made[4], made[3], made[2]}; !reflect.DeepEqual(names, want) {
		t.Errorf("kept %v, want the newest three %v", names, want)
	}
	for _, bad := range []int{0, -1, MaxBackupKeep + 1} {
		if err := s.SetBackupKeep(bad); !errors.Is(err, ErrBadBackupKeep) {
			t.Errorf("SetBackupKeep(%d) = %v", bad, err)
		}
	}
}

func TestAutoBackupRefusesDamagedFile(t *testing.T) {
	path := pristine(t, 16)
	s := s2(path)
	if _, err := s.AutoBackup(); err != nil {
		t.Fatal(err)
	}
	before, _ := Backups(path)
	markLiveFree(t, path)
	if _, err := s2(path).AutoBackup(); !errors.Is(err, ErrCorrupt) {
		t.Errorf("backup of a damaged file: %v, want ErrCorrupt", err)
	}
	if after, _ := Backups(path); !reflect.DeepEqual(after, before) {
		t.Errorf("backups changed: %v, was %v", after, before)
	}
}

func TestRestoreKeepsTheCurrentFile(t *testing.T) {
	s := newStore(t, seedFS())
	if err := s.SetProfile(Profile{"Nom asso": "Avant"}); err != nil {
		t.Fatal(err)
	}
	name, err := s.AutoBackup()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetProfile(Profile{"Nom asso": "Après"}); err != nil {
		t.Fatal(err)
	}
	kept, err := Restore(s.Path(), name)
	if err != nil {
		t.Fatal(err)
	}
	if p, _ := s2(s.Path()).Profile(); p["Nom asso"] != "Avant" {
		t.Errorf("restored profile %v", p)
	}
	if info, _ := os.Stat(s.Path()); info.Mode().Perm() != 0o600 {
		t.Errorf("restored file mode %v", info.Mode().Perm())
	}
	if p, _ := s2(kept).Profile(); p["Nom asso"] != "Après" {
		t.Errorf("the replaced file was not kept: %s has %v", kept, p)
	}
	if list, _ := Backups(s.Path()); len(list) != 2 {
		t.Errorf("backups after restore: %v", list)
	}
}

func TestRestoreOverDamagedFileKeepsItAside(t *testing.T) {
	path := pristine(t, 16)
	name, err := s2(path).AutoBackup()
	if err != nil {
		t.Fatal(err)
	}
	markLiveFree(t, path)
	damagedBytes, _ := os.ReadFile(path)
	kept, err := Restore(path, name)
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(kept); !bytes.Equal(got, damagedBytes) || !strings.Contains(kept, ".endommage-") {
		t.Errorf("damaged file not kept aside: %s", kept)
	}
	if err := Verify(path); err != nil {
		t.Errorf("restored file: %v", err)
	}
}

func TestRestoreRefusesBadNamesAndDamagedCopies(t *testing.T) {
	s := newStore(t, seedFS())
	name, err := s.AutoBackup()
	if err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(s.Path())
	for _, bad := range []string{"../tamis.db", "tamis-inconnu.db", "autre-2026.db", ""} {
		if _, err := Restore(s.Path(), bad); !errors.Is(err, ErrNoBackup) {
			t.Errorf("Restore(%q) = %v, want ErrNoBackup", bad, err)
		}
	}
	copyPath := filepath.Join(BackupDir(s.Path()), name)
	markLiveFree(t, copyPath)
	if _, err := Restore(s.Path(), name); !errors.Is(err, ErrCorrupt) {
		t.Errorf("restore of a damaged copy: %v", err)
	}
	if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
		t.Error("a refused restore changed the database")
	}
}

// A restore moves the change counter past the current file's, so that an
// open TUI that read the current rules reads the restored ones again.
func TestRestoreMovesTheChangeCounter(t *testing.T) {
	s := newStore(t, seedFS())
	name, err := s.AutoBackup()
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"un", "deux"} {
		if err := s.SetProfile(Profile{"Nom asso": v}); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.RulesVersion()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(s.Path(), name); err != nil {
		t.Fatal(err)
	}
	after, err := s2(s.Path()).RulesVersion()
	if err != nil {
		t.Fatal(err)
	}
	if after <= before {
		t.Fatalf("change counter %d after restore, %d before: an open TUI would keep the replaced rules", after, before)
	}
}
