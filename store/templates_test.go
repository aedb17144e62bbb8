package store

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

func TestPutGetRoundTrip(t *testing.T) {
	s := newStore(t, nil)
	want := sample(12, library.StatusDraft)
	if err := s.Put(want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Get(want.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Get = %+v\nwant %+v", got, want)
	}
}

func TestGetMissing(t *testing.T) {
	s := newStore(t, nil)
	_, err := s.Get("PROMPT-404")
	if !errors.Is(err, ErrNotFound) {
		t.Fatalf("err = %v, want ErrNotFound", err)
	}
	if !strings.Contains(err.Error(), "PROMPT-404") {
		t.Errorf("message %q does not name the id", err)
	}
}

func TestListFiltersAndSorts(t *testing.T) {
	s := newStore(t, nil)
	statuses := map[int]library.Status{1000: library.StatusValidated, 999: library.StatusValidated,
		5: library.StatusDraft, 7: library.StatusArchived, 42: library.StatusValidated}
	for n, st := range statuses {
		if err := s.Put(sample(n, st)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		all  bool
		want []string
	}{
		{false, []string{"PROMPT-042", "PROMPT-999", "PROMPT-1000"}},
		{true, []string{"PROMPT-005", "PROMPT-007", "PROMPT-042", "PROMPT-999", "PROMPT-1000"}},
	}
	for _, tt := range tests {
		ts, err := s.List(tt.all)
		if err != nil {
			t.Fatal(err)
		}
		sums, err := s.Summaries(tt.all)
		if err != nil {
			t.Fatal(err)
		}
		var ids, sumIDs []string
		for i, x := range ts {
			ids = append(ids, x.ID)
			sumIDs = append(sumIDs, sums[i].ID)
			if want := summaryOf(x); !reflect.DeepEqual(sums[i], want) {
				t.Errorf("summary %+v, want %+v", sums[i], want)
			}
		}
		if !slices.Equal(ids, tt.want) || !slices.Equal(sumIDs, tt.want) {
			t.Errorf("all=%v: List %v, Summaries %v, want %v", tt.all, ids, sumIDs, tt.want)
		}
	}
}

func summaryOf(t library.Template) Summary {
	names := []string{}
	for _, v := range t.Variables {
		names = append(names, v.Name)
	}
	tags := t.Tags
	if tags == nil {
		tags = []string{}
	}
	return Summary{ID: t.ID, Title: t.Title, Tags: tags, Status: t.Status, Variables: names}
}

func TestSummaryJSONHasArrays(t *testing.T) {
	s := newStore(t, nil)
	if err := s.Put(library.Template{ID: "PROMPT-001", Title: "Vide", Status: library.StatusValidated}); err != nil {
		t.Fatal(err)
	}
	sums, err := s.Summaries(false)
	if err != nil {
		t.Fatal(err)
	}
	got, err := json.Marshal(sums)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"id":"PROMPT-001","title":"Vide","tags":[],"status":"validé","variables":[]}]`
	if string(got) != want {
		t.Errorf("JSON %s, want %s", got, want)
	}
}

func TestHistoryKeepsReplacedVersions(t *testing.T) {
	s := newStore(t, nil)
	v1 := sample(1, library.StatusDraft)
	v2 := v1
	v2.Status = library.StatusValidated
	steps := []struct {
		t    library.Template
		note string
	}{{v1, "premier jet"}, {v1, "identique : rien à garder"}, {v2, "validé en bureau"}}
	for _, st := range steps {
		if err := s.PutNote(st.t, st.note); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Delete(v1.ID); err != nil {
		t.Fatal(err)
	}
	h, err := s.History(v1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(h) != 2 {
		t.Fatalf("history has %d versions, want 2: %+v", len(h), h)
	}
	if h[0].Note != "premier jet" || h[0].Template.Status != library.StatusDraft ||
		h[1].Note != "validé en bureau" || h[1].Template.Status != library.StatusValidated {
		t.Errorf("history %+v", h)
	}
	if h[0].Time.IsZero() || h[1].Time.Before(h[0].Time) {
		t.Errorf("times %v, %v", h[0].Time, h[1].Time)
	}
	if err := s.Delete(v1.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: err = %v, want ErrNotFound", err)
	}
	if h, _ := s.History("PROMPT-777"); len(h) != 0 {
		t.Errorf("history of an unknown id: %v", h)
	}
}

func TestPutRefusesInvalidTemplates(t *testing.T) {
	big := sample(3, library.StatusValidated)
	big.Prompt = strings.Repeat("a", library.MaxTemplateSize)
	tests := map[string]func(*library.Template){
		"bad id":       func(x *library.Template) { x.ID = "PROMPT-1" },
		"empty id":     func(x *library.Template) { x.ID = "" },
		"bad status":   func(x *library.Template) { x.Status = "publié" },
		"empty status": func(x *library.Template) { x.Status = "" },
		"bad UTF-8":    func(x *library.Template) { x.Title = "caf\xe9" },
		"too big":      func(x *library.Template) { *x = big },
	}
	s := newStore(t, nil)
	for name, spoil := range tests {
		x := sample(3, library.StatusValidated)
		spoil(&x)
		if err := s.Put(x); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s: err = %v, want ErrInvalid", name, err)
		}
	}
	if sums, _ := s.Summaries(true); len(sums) != 0 {
		t.Errorf("invalid templates were stored: %v", sums)
	}
}

func TestImportCounts(t *testing.T) {
	s := newStore(t, seedFS())
	old, _ := s.Get("PROMPT-001")
	changed := old
	changed.Title = "Présentation longue"
	unchanged, _ := s.Get("PROMPT-002")
	added, updated, err := s.Import([]library.Template{changed, unchanged, sample(3, library.StatusValidated)})
	if err != nil {
		t.Fatal(err)
	}
	if added != 1 || updated != 1 {
		t.Errorf("added %d, updated %d, want 1 and 1", added, updated)
	}
	if got, _ := s.Get("PROMPT-001"); got.Title != changed.Title {
		t.Errorf("title %q not updated", got.Title)
	}
	if h, _ := s.History("PROMPT-001"); len(h) != 1 || h[0].Template.Title != old.Title {
		t.Errorf("history %+v", h)
	}
}

func TestImportIsAllOrNothing(t *testing.T) {
	bad := sample(4, library.StatusValidated)
	bad.Status = "inconnu"
	tests := []struct {
		name string
		ts   []library.Template
		want error
	}{
		{"one invalid", []library.Template{sample(3, library.StatusValidated), bad}, ErrInvalid},
		{"duplicate id", []library.Template{sample(3, library.StatusValidated), sample(3, library.StatusDraft)}, ErrDuplicate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t, seedFS())
			before, _ := s.List(true)
			added, updated, err := s.Import(tt.ts)
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
			if added != 0 || updated != 0 {
				t.Errorf("counts %d, %d after a failed import", added, updated)
			}
			after, _ := s.List(true)
			if !reflect.DeepEqual(before, after) {
				t.Errorf("a failed import wrote: before %d, after %d templates", len(before), len(after))
			}
		})
	}
}

func TestSearch(t *testing.T) {
	s := newStore(t, nil)
	a := sample(1, library.StatusValidated)
	a.Title = "Publication d'ÉVÉNEMENT"
	b := sample(2, library.StatusDraft)
	b.Tags = []string{"Traduction"}
	b.Prompt = "Traduis ce texte en anglais."
	c := sample(3, library.StatusValidated)
	for _, x := range []library.Template{a, b, c} {
		if err := s.Put(x); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		query string
		all   bool
		want  []string
	}{
		{"evenement", false, []string{"PROMPT-001"}},
		{"Événement publication", false, []string{"PROMPT-001"}},
		{"traduction", false, nil},
		{"traduction anglais", true, []string{"PROMPT-002"}},
		{"prompt-003", true, []string{"PROMPT-003"}},
		{"association", false, []string{"PROMPT-001", "PROMPT-003"}},
		{"  ", true, []string{"PROMPT-001", "PROMPT-002", "PROMPT-003"}},
		{"introuvable", true, nil},
	}
	for _, tt := range tests {
		sums, err := s.Search(tt.query, tt.all)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, x := range sums {
			ids = append(ids, x.ID)
		}
		if !slices.Equal(ids, tt.want) {
			t.Errorf("Search(%q, %v) = %v, want %v", tt.query, tt.all, ids, tt.want)
		}
		entries, err := s.Entries(tt.all)
		if err != nil {
			t.Fatal(err)
		}
		var filtered []string
		for _, e := range entries {
			if e.Matches(Terms(tt.query)) {
				filtered = append(filtered, e.ID)
			}
		}
		if !slices.Equal(filtered, tt.want) {
			t.Errorf("Entries filtered by %q = %v, want %v", tt.query, filtered, tt.want)
		}
	}
}

// The search and summaries buckets must hold the same keys.
func TestSearchDetectsMismatchedIndex(t *testing.T) {
	s := newStore(t, seedFS())
	writeBolt(t, s.Path(), func(tx *bolt.Tx) error {
		return tx.Bucket([]byte(bucketSearch)).Put(idKey("PROMPT-500"), []byte("orphelin"))
	})
	if _, err := s.Search("orphelin", true); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Search: err = %v, want ErrCorrupt", err)
	}
	if _, err := s.Entries(true); !errors.Is(err, ErrCorrupt) {
		t.Errorf("Entries: err = %v, want ErrCorrupt", err)
	}
}
