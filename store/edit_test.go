package store

import (
	"errors"
	"testing"

	"tamis/library"
)

// TestCreateRefusesATakenID: a new template is a first version with its
// event; a second one under the same id is refused and changes nothing.
func TestCreateRefusesATakenID(t *testing.T) {
	s := newStore(t, nil)
	ch := Change{Role: RoleReferent, Reason: "créé depuis l’interface", Action: ActionTemplateCreated}
	n, err := s.Create(sample(7, library.StatusDraft), ch)
	if err != nil || n != 1 {
		t.Fatalf("create: version %d, err %v", n, err)
	}
	other := sample(7, library.StatusDraft)
	other.Title = "Un autre modèle"
	if _, err := s.Create(other, ch); !errors.Is(err, ErrExists) {
		t.Fatalf("second create: %v, want ErrExists", err)
	}
	got, err := s.Get("PROMPT-007")
	if err != nil || got.Title != "Modèle numéro 7" {
		t.Fatalf("after a refused create: %q, %v", got.Title, err)
	}
	if err := s.Delete("PROMPT-007"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Create(other, ch); !errors.Is(err, ErrExists) {
		t.Fatalf("create over a deleted template's history: %v, want ErrExists", err)
	}
	events, err := s.Journal()
	if err != nil || len(events) != 1 || events[0].Action != ActionTemplateCreated || events[0].Version != 1 {
		t.Fatalf("journal %+v, %v", events, err)
	}
}

// TestEditIsAGuardedVersion: an edit is a new version with its reason;
// the guard sees the text about to be saved and its refusal writes
// nothing; an unknown id and an unchanged text are errors.
func TestEditIsAGuardedVersion(t *testing.T) {
	s := newStore(t, nil)
	if _, err := s.Create(sample(3, library.StatusDraft), Change{Role: RoleReferent}); err != nil {
		t.Fatal(err)
	}
	edited := sample(3, library.StatusDraft)
	edited.Title = "Titre relu"
	refuse := errors.New("refusé")
	var seen string
	guard := func(t library.Template) error { seen = t.Title; return refuse }
	ch := Change{Role: RoleReferent, Reason: "titre relu", Action: ActionTemplateEdited}
	if _, err := s.Edit(edited, library.Template{}, ch, guard); !errors.Is(err, refuse) || seen != "Titre relu" {
		t.Fatalf("guarded edit: %v, guard saw %q", err, seen)
	}
	if vs, _ := s.Versions("PROMPT-003"); len(vs) != 1 {
		t.Fatalf("a refused edit made a version: %d", len(vs))
	}
	n, err := s.Edit(edited, sample(3, library.StatusDraft), ch, nil)
	if err != nil || n != 2 {
		t.Fatalf("edit: version %d, err %v", n, err)
	}
	v, err := s.VersionOf("PROMPT-003", 2)
	if err != nil || v.Note != "titre relu" || v.Role != RoleReferent || v.Template.Title != "Titre relu" {
		t.Fatalf("version 2: %+v, %v", v, err)
	}
	if _, err := s.Edit(edited, library.Template{}, ch, nil); !errors.Is(err, ErrUnchanged) {
		t.Fatalf("same text again: %v, want ErrUnchanged", err)
	}
	if _, err := s.Edit(sample(9, library.StatusDraft), library.Template{}, ch, nil); !errors.Is(err, ErrNotFound) {
		t.Fatalf("unknown id: %v, want ErrNotFound", err)
	}
}

// TestEditRefusesAStaleBase: an edit started from a text the template no
// longer has is refused and writes nothing; without a base it is saved.
func TestEditRefusesAStaleBase(t *testing.T) {
	s := newStore(t, nil)
	base := sample(4, library.StatusDraft)
	if _, err := s.Create(base, Change{Role: RoleReferent}); err != nil {
		t.Fatal(err)
	}
	elsewhere := base
	elsewhere.Title = "Changé en ligne de commande"
	if _, err := s.Edit(elsewhere, base, Change{Role: RoleReferent}, nil); err != nil {
		t.Fatal(err)
	}
	mine := base
	mine.Title = "Changé dans l’interface"
	if _, err := s.Edit(mine, base, Change{Role: RoleReferent}, nil); !errors.Is(err, ErrChanged) {
		t.Fatalf("stale base: %v, want ErrChanged", err)
	}
	if got, _ := s.Get("PROMPT-004"); got.Title != "Changé en ligne de commande" {
		t.Fatalf("a refused edit wrote %q", got.Title)
	}
	if n, err := s.Edit(mine, library.Template{}, Change{Role: RoleReferent}, nil); err != nil || n != 3 {
		t.Fatalf("without a base: version %d, %v", n, err)
	}
}
