package store

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestUpdateProfileAndRules(t *testing.T) {
	s, err := OpenWithSeed(filepath.Join(t.TempDir(), "t.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Vélo"}); err != nil {
		t.Fatal(err)
	}
	if err := s.UpdateProfile(func(p Profile) error { p["année"] = "1998"; return nil }); err != nil {
		t.Fatal(err)
	}
	p, _ := s.Profile()
	if want := (Profile{"Nom asso": "Les Amis du Vélo", "année": "1998"}); !reflect.DeepEqual(p, want) {
		t.Fatalf("profile = %v, want %v", p, want)
	}
	refuse := errors.New("refused")
	if err := s.UpdateProfile(func(p Profile) error { p["x"] = "y"; return refuse }); !errors.Is(err, refuse) {
		t.Fatalf("edit error not returned: %v", err)
	}
	if p2, _ := s.Profile(); !reflect.DeepEqual(p2, p) {
		t.Fatalf("a refused edit changed the profile: %v", p2)
	}
	if err := s.UpdateRules(func(r *Rules) error { r.Deny = append(r.Deny, "Projet Horizon"); return nil }); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.Rules(); !reflect.DeepEqual(r.Deny, []string{"Projet Horizon"}) {
		t.Fatalf("rules = %+v", r)
	}
}

func TestEmptyFileBecomesPrivateDatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenWithSeed(path, nil); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if mode := info.Mode().Perm(); mode != 0o600 {
		t.Fatalf("mode %o, want 600", mode)
	}
}
