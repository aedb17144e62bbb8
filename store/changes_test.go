package store

import (
	"errors"
	"reflect"
	"testing"

	"tamis/library"
)

// TestRulesVersionMoves: every write of the profile or the rules moves the
// counter, in the same transaction as the data; a refused edit and other
// writes do not.
func TestRulesVersionMoves(t *testing.T) {
	s := newStore(t, nil)
	version := func() uint64 {
		t.Helper()
		v, err := s.RulesVersion()
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	v0 := version()
	if v0 != 0 {
		t.Fatalf("a new file starts at %d, want 0", v0)
	}
	if err := s.UpdateRules(func(r *Rules) error { r.Deny = append(r.Deny, "Projet Horizon"); return nil }); err != nil {
		t.Fatal(err)
	}
	v1 := version()
	if v1 == v0 {
		t.Fatal("a deny entry did not move the counter")
	}
	if err := s.UpdateProfile(func(p Profile) error { p["Nom asso"] = "Les Amis du Vélo"; return nil }); err != nil {
		t.Fatal(err)
	}
	v2 := version()
	if v2 == v1 {
		t.Fatal("a profile write did not move the counter")
	}
	refuse := errors.New("refused")
	if err := s.UpdateRules(func(r *Rules) error { r.Deny = nil; return refuse }); !errors.Is(err, refuse) {
		t.Fatal(err)
	}
	if err := s.UpdateProfile(func(p Profile) error { p[""] = "x"; return nil }); !errors.Is(err, ErrEmptyName) {
		t.Fatal(err)
	}
	if _, _, err := s.Import([]library.Template{sample(7, library.StatusValidated)}); err != nil {
		t.Fatal(err)
	}
	if v := version(); v != v2 {
		t.Fatalf("refused edits or a template import moved the counter: %d, want %d", v, v2)
	}
	r, v, err := s.VersionedClassifierRules()
	if err != nil || v != v2 {
		t.Fatalf("version %d (%v), want %d", v, err, v2)
	}
	want := []string{"Projet Horizon"}
	if !reflect.DeepEqual(r.Deny, want) || !reflect.DeepEqual(r.Profile, []string{"Les Amis du Vélo"}) {
		t.Fatalf("rules %+v", r)
	}
}
