package store

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestBackupIsAUsableDatabase(t *testing.T) {
	s := newStore(t, seedFS())
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier"}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sauvegarde.db")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(f); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	restored, err := open(path, nil, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.List(true)
	got, err := restored.List(true)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("restored templates %v, %v; want %v", got, err, want)
	}
	if p, _ := restored.Profile(); p["Nom asso"] != "Les Amis du Quartier" {
		t.Errorf("restored profile %v", p)
	}
}
