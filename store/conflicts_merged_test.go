package store

import (
	"errors"
	"testing"

	"tamis/library"
)

// merged is the conflict of conflictStore settled by a text of both sides:
// this laptop's, with the folder's status and a reworded title.
func merged(t *testing.T, s *Store, folder SharedTemplate) Merged {
	t.Helper()
	local, err := s.Get("PROMPT-001")
	if err != nil {
		t.Fatal(err)
	}
	m := Merged{Template: local, Local: local, Folder: folder.Versions[len(folder.Versions)-1].Template}
	m.Template.Status, m.Template.Title = library.StatusDraft, "Titre fusionné"
	return m
}

var mergedChange = Change{Role: RoleReferent, Reason: "conflit réglé : fusion", Action: ActionConflictMerged}

// The merged text is a new version by the référent with its event; the
// folder's text is set aside, so the same folder raises nothing again and
// an export may write over it.
func TestSettleMerged(t *testing.T) {
	s, folder := conflictStore(t)
	m := merged(t, s, folder)
	n, err := s.SettleMerged(m, mergedChange, nil)
	if err != nil || n != 3 {
		t.Fatalf("SettleMerged: version %d, %v", n, err)
	}
	vs, _ := s.Versions("PROMPT-001")
	last := vs[len(vs)-1]
	if len(vs) != 3 || last.Template.Title != "Titre fusionné" || last.Note != mergedChange.Reason || last.Role != RoleReferent {
		t.Fatalf("%d versions, last %+v", len(vs), last)
	}
	if len(pending(t, s)) != 0 {
		t.Fatal("still pending")
	}
	aside, err := s.SetAside()
	if err != nil || aside["PROMPT-001"] != string(library.Format(m.Folder)) {
		t.Fatalf("the folder's text is not set aside: %q, %v", aside, err)
	}
	if out := merge(t, s, folder); out != MergeSetAside || len(pending(t, s)) != 0 {
		t.Fatalf("the same folder again: outcome %d, %d pending", out, len(pending(t, s)))
	}
	evs, _ := s.Journal()
	if e := evs[len(evs)-1]; e.Action != ActionConflictMerged || e.Version != 3 || e.TemplateID != "PROMPT-001" {
		t.Fatalf("last event %+v", e)
	}
	if _, err := s.SettleMerged(m, mergedChange, nil); !errors.Is(err, ErrNoConflict) {
		t.Fatalf("settled twice: %v", err)
	}
}

// A merge equal to this laptop's text settles the conflict without a
// version, with its event.
func TestSettleMergedUnchanged(t *testing.T) {
	s, folder := conflictStore(t)
	m := merged(t, s, folder)
	m.Template = m.Local
	if n, err := s.SettleMerged(m, mergedChange, nil); err != nil || n != 2 {
		t.Fatalf("SettleMerged: version %d, %v", n, err)
	}
	if vs, _ := s.Versions("PROMPT-001"); len(vs) != 2 || len(pending(t, s)) != 0 {
		t.Fatalf("%d versions, %d pending", len(vs), len(pending(t, s)))
	}
	if evs, _ := s.Journal(); evs[len(evs)-1].Action != ActionConflictMerged {
		t.Fatalf("last event %+v", evs[len(evs)-1])
	}
}

// A zero Local saves over whatever this laptop has, as Edit does: the
// référent was told of the change and saves again.
func TestSettleMergedOverAChange(t *testing.T) {
	s, folder := conflictStore(t)
	m := merged(t, s, folder)
	if _, err := s.SetStatus("PROMPT-001", library.StatusDraft, Change{Role: RoleReferent}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SettleMerged(m, mergedChange, nil); !errors.Is(err, ErrChanged) {
		t.Fatalf("over a change: %v", err)
	}
	m.Local = library.Template{}
	if n, err := s.SettleMerged(m, mergedChange, nil); err != nil || n != 4 || len(pending(t, s)) != 0 {
		t.Fatalf("saved over: version %d, %v, %d pending", n, err, len(pending(t, s)))
	}
}

// Nothing is written when the guard refuses, when this laptop's text or
// the folder's changed since the merge started: the conflict stays.
func TestSettleMergedRefused(t *testing.T) {
	refuse := errors.New("refused")
	tests := map[string]struct {
		edit  func(*Merged)
		guard Guard
		want  error
	}{
		"guard":        {nil, func(library.Template) error { return refuse }, refuse},
		"local moved":  {func(m *Merged) { m.Local.Title = "autre" }, nil, ErrChanged},
		"folder moved": {func(m *Merged) { m.Folder.Title = "autre" }, nil, ErrConflictChanged},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			s, folder := conflictStore(t)
			m := merged(t, s, folder)
			if tt.edit != nil {
				tt.edit(&m)
			}
			if _, err := s.SettleMerged(m, mergedChange, tt.guard); !errors.Is(err, tt.want) {
				t.Fatalf("err %v, want %v", err, tt.want)
			}
			if vs, _ := s.Versions("PROMPT-001"); len(vs) != 2 || len(pending(t, s)) != 1 {
				t.Fatalf("%d versions, %d pending", len(vs), len(pending(t, s)))
			}
		})
	}
}
