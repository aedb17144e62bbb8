package store

import (
	"errors"
	"testing"
	"time"

	"tamis/library"
)

// conflictStore holds PROMPT-001 as draft then archived here, while the
// folder has it as draft then validated: a conflict, merged once.
func conflictStore(t *testing.T) (*Store, SharedTemplate) {
	t.Helper()
	d, v, a := library.StatusDraft, library.StatusValidated, library.StatusArchived
	s := newStore(t, nil)
	for _, ver := range history(d, a) {
		if _, err := s.ImportVersions([]library.Template{ver.Template}, Change{Role: RoleReferent}, false); err != nil {
			t.Fatal(err)
		}
	}
	folder := SharedTemplate{ID: "PROMPT-001", Versions: history(d, v)}
	if out := merge(t, s, folder); out != MergeConflict {
		t.Fatalf("outcome %d, want a conflict", out)
	}
	return s, folder
}

func merge(t *testing.T, s *Store, in SharedTemplate) MergeOutcome {
	t.Helper()
	rep, err := s.MergeShared([]SharedTemplate{in}, nil, Rules{}, Change{Role: RoleReferent, Action: ActionTemplateImported}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return rep.Templates[0].Outcome
}

func pending(t *testing.T, s *Store) []Conflict {
	t.Helper()
	cs, err := s.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// A conflict keeps the folder's side here, once however often the same
// folder is imported.
func TestConflictIsKeptOnce(t *testing.T) {
	s, folder := conflictStore(t)
	cs := pending(t, s)
	if len(cs) != 1 || cs[0].ID != "PROMPT-001" || cs[0].Common != 1 || len(cs[0].Versions) != 1 ||
		cs[0].Folder().Status != library.StatusValidated {
		t.Fatalf("pending %+v", cs)
	}
	merge(t, s, folder)
	again := pending(t, s)
	if len(again) != 1 || !again[0].Imported.Equal(cs[0].Imported) {
		t.Fatalf("a second import rewrote the conflict: %+v then %+v", cs, again)
	}
	if vs, _ := s.Versions("PROMPT-001"); vs[len(vs)-1].Template.Status != library.StatusArchived {
		t.Fatalf("the conflict changed the template here: %+v", vs[len(vs)-1])
	}
}

// Taking the folder's text adds its versions, the last one by the
// référent with the reason and the event; the conflict goes, and the same
// folder then merges as the same text.
func TestConflictTakeFolder(t *testing.T) {
	s, folder := conflictStore(t)
	ch := Change{Role: RoleReferent, Reason: "conflit réglé : version du dossier", Action: ActionConflictTaken}
	n, err := s.TakeFolder("PROMPT-001", ch, nil)
	if err != nil || n != 3 {
		t.Fatalf("TakeFolder: version %d, %v", n, err)
	}
	vs, _ := s.Versions("PROMPT-001")
	last := vs[len(vs)-1]
	if last.Template.Status != library.StatusValidated || last.Note != ch.Reason || last.Role != RoleReferent {
		t.Fatalf("last version %+v", last)
	}
	if len(pending(t, s)) != 0 {
		t.Fatal("the conflict is still pending")
	}
	if out := merge(t, s, folder); out != MergeSame {
		t.Fatalf("the folder again: outcome %d", out)
	}
	evs, _ := s.Journal()
	if e := evs[len(evs)-1]; e.Action != ActionConflictTaken || e.Version != 3 {
		t.Fatalf("last event %+v", e)
	}
	if _, err := s.TakeFolder("PROMPT-001", ch, nil); !errors.Is(err, ErrNoConflict) {
		t.Fatalf("settled twice: %v", err)
	}
}

// A guard refusing the folder's text changes nothing: the conflict stays.
func TestConflictTakeFolderGuarded(t *testing.T) {
	s, _ := conflictStore(t)
	refuse := errors.New("refused")
	if _, err := s.TakeFolder("PROMPT-001", Change{Role: RoleReferent}, func(library.Template) error { return refuse }); !errors.Is(err, refuse) {
		t.Fatalf("guard ignored: %v", err)
	}
	if vs, _ := s.Versions("PROMPT-001"); len(vs) != 2 || len(pending(t, s)) != 1 {
		t.Fatalf("%d versions, %d pending", len(vs), len(pending(t, s)))
	}
}

// Keeping this laptop's text leaves the template alone and sets the
// folder's text aside, here: the same folder does not raise it again.
func TestConflictKeepLocal(t *testing.T) {
	s, folder := conflictStore(t)
	n, err := s.KeepLocal("PROMPT-001", Change{Role: RoleReferent, Action: ActionConflictKept})
	if err != nil || n != 2 {
		t.Fatalf("KeepLocal: %d, %v", n, err)
	}
	if len(pending(t, s)) != 0 {
		t.Fatal("still pending")
	}
	aside, err := s.SetAside()
	if err != nil || aside["PROMPT-001"] != string(library.Format(folder.Versions[1].Template)) {
		t.Fatalf("set aside %q, %v", aside, err)
	}
	if out := merge(t, s, folder); out != MergeSetAside || len(pending(t, s)) != 0 {
		t.Fatalf("the same folder again: outcome %d, %d pending", out, len(pending(t, s)))
	}
	changed := folder
	changed.Versions = append(history(library.StatusDraft, library.StatusValidated), Version{Number: 3, Template: sample(9, library.StatusDraft)})
	changed.Versions[2].Template.ID = "PROMPT-001"
	if out := merge(t, s, changed); out != MergeConflict || len(pending(t, s)) != 1 {
		t.Fatalf("a folder changed since: outcome %d, %d pending", out, len(pending(t, s)))
	}
}

// A merge that meets no conflict any more (the folder caught up with this
// laptop) settles the pending one.
func TestConflictClearedWhenFolderCatchesUp(t *testing.T) {
	s, _ := conflictStore(t)
	local, _ := s.Versions("PROMPT-001")
	if out := merge(t, s, SharedTemplate{ID: "PROMPT-001", Versions: local}); out != MergeSame || len(pending(t, s)) != 0 {
		t.Fatalf("outcome %d, %d pending", out, len(pending(t, s)))
	}
}

// Salvage of a damaged file keeps the conflicts: the folder's text is the
// référent's, and may be nowhere else any more.
func TestSalvageKeepsConflicts(t *testing.T) {
	s, _ := conflictStore(t)
	want := pending(t, s)
	markLiveFree(t, s.path)
	if _, err := Salvage(s.path, time.Date(2026, 11, 30, 23, 50, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	got := pending(t, s2(s.path))
	if len(got) != 1 || !got[0].Imported.Equal(want[0].Imported) ||
		string(library.Format(got[0].Folder())) != string(library.Format(want[0].Folder())) {
		t.Fatalf("after salvage %+v, want %+v", got, want)
	}
}
