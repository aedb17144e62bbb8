package store

import (
	"errors"
	"testing"
	"time"

	"tamis/library"
)

// history builds versions with the given statuses of one template.
func history(statuses ...library.Status) []Version {
	var out []Version
	for i, st := range statuses {
		out = append(out, Version{Number: i + 1, Template: sample(1, st), Time: time.Unix(int64(1000+i), 0), Role: RoleReferent})
	}
	return out
}

func TestMergeComparesWholeHistories(t *testing.T) {
	d, v, a := library.StatusDraft, library.StatusValidated, library.StatusArchived
	tests := map[string]struct {
		local, folder []library.Status
		want          MergeOutcome
		wantLocal     int // versions here after the merge
	}{
		"new here":         {nil, []library.Status{d, v}, MergeAdded, 2},
		"same":             {[]library.Status{d, v}, []library.Status{d, v}, MergeSame, 2},
		"folder newer":     {[]library.Status{d}, []library.Status{d, v, a}, MergeUpdated, 3},
		"local newer":      {[]library.Status{d, v, a}, []library.Status{d, v}, MergeLocalNewer, 3},
		"both changed":     {[]library.Status{d, a}, []library.Status{d, v}, MergeConflict, 2},
		"a text came back": {[]library.Status{d, v, a, d}, []library.Status{d, v, a, v}, MergeConflict, 4},
	}
	for name, tt := range tests {
		s := newStore(t, nil)
		for _, ver := range history(tt.local...) {
			if _, err := s.ImportVersions([]library.Template{ver.Template}, Change{Role: RoleReferent}, false); err != nil {
				t.Fatal(err)
			}
		}
		rep, err := s.MergeShared([]SharedTemplate{{ID: "PROMPT-001", Versions: history(tt.folder...)}}, nil, Rules{}, Change{Role: RoleReferent, Action: ActionTemplateImported}, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := rep.Templates[0].Outcome; got != tt.want {
			t.Errorf("%s: outcome %d, want %d", name, got, tt.want)
		}
		if vs, _ := s.Versions("PROMPT-001"); len(vs) != tt.wantLocal {
			t.Errorf("%s: %d versions here, want %d", name, len(vs), tt.wantLocal)
		}
	}
}

func TestMergeGuardSkipsOnlyThatTemplate(t *testing.T) {
	s := newStore(t, nil)
	other := sample(2, library.StatusValidated)
	in := []SharedTemplate{
		{ID: "PROMPT-001", Versions: history(library.StatusValidated)},
		{ID: "PROMPT-002", Versions: []Version{{Number: 1, Template: other, Time: time.Unix(5, 0)}}},
	}
	refused := errors.New("refusé")
	rep, err := s.MergeShared(in, Profile{"Nom asso": "Les Amis"}, Rules{Allow: []string{"Salle Pasteur"}}, Change{}, func(t library.Template) error {
		if t.ID == "PROMPT-001" {
			return refused
		}
		return nil
	})
	if err != nil || rep.Templates[0].Outcome != MergeRefused || rep.Templates[1].Outcome != MergeAdded {
		t.Fatalf("report %+v, %v", rep, err)
	}
	if _, err := s.Get("PROMPT-001"); !errors.Is(err, ErrNotFound) {
		t.Error("a refused template was written")
	}
	if p, _ := s.Profile(); p["Nom asso"] != "Les Amis" || len(rep.ProfileAdded) != 1 || rep.RulesAdded != 1 {
		t.Errorf("profile %v, report %+v", p, rep)
	}
	rep, _ = s.MergeShared(nil, Profile{"Nom asso": "Autre"}, Rules{Allow: []string{"salle pasteur"}}, Change{}, nil)
	if p, _ := s.Profile(); p["Nom asso"] != "Les Amis" || len(rep.ProfileConflicts) != 1 || rep.RulesAdded != 0 {
		t.Errorf("a differing value replaced the local one: %v, %+v", p, rep)
	}
}
