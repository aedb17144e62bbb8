package store

import (
	"encoding/binary"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"tamis/library"
)

var referentChange = Change{Role: RoleReferent, Reason: "relu en bureau", Action: ActionTemplateValidated}

func TestEveryChangeIsAVersion(t *testing.T) {
	s := newStore(t, nil)
	if _, err := s.ImportVersions([]library.Template{sample(1, library.StatusDraft)}, Change{Role: RoleVolunteer, Action: ActionTemplateProposed}, true); err != nil {
		t.Fatal(err)
	}
	n, err := s.SetStatus("PROMPT-001", library.StatusValidated, referentChange, nil)
	if err != nil || n != 2 {
		t.Fatalf("validate: version %d, err %v", n, err)
	}
	if n, err = s.SetStatus("PROMPT-001", library.StatusArchived, Change{Role: RoleReferent, Reason: "obsolète\nsecond line"}, nil); err != nil || n != 3 {
		t.Fatalf("archive: version %d, err %v", n, err)
	}
	vs, err := s.Versions("PROMPT-001")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		status library.Status
		role   Role
		note   string
	}{{library.StatusDraft, RoleVolunteer, ""}, {library.StatusValidated, RoleReferent, "relu en bureau"}, {library.StatusArchived, RoleReferent, "obsolète"}}
	if len(vs) != len(want) {
		t.Fatalf("%d versions, want %d", len(vs), len(want))
	}
	for i, w := range want {
		v := vs[i]
		if v.Number != i+1 || v.Template.Status != w.status || v.Role != w.role || v.Note != w.note || v.Time.IsZero() {
			t.Errorf("version %d = %+v, want %+v", i+1, v, w)
		}
	}
	v, err := s.VersionOf("PROMPT-001", 2)
	if err != nil || v.Template.Status != library.StatusValidated {
		t.Errorf("VersionOf 2 = %+v, %v", v, err)
	}
	if _, err := s.VersionOf("PROMPT-001", 4); !errors.Is(err, ErrNoVersion) {
		t.Errorf("VersionOf 4: err %v, want ErrNoVersion", err)
	}
	if _, err := s.Versions("PROMPT-404"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Versions of an unknown id: err %v", err)
	}
}

func TestSetStatusRecordsItsEventInTheSameWrite(t *testing.T) {
	s := newStore(t, nil)
	if err := s.Put(sample(1, library.StatusDraft)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetStatus("PROMPT-001", library.StatusValidated, referentChange, nil); err != nil {
		t.Fatal(err)
	}
	j, err := s.Journal()
	if err != nil {
		t.Fatal(err)
	}
	if len(j) != 1 || j[0].Action != ActionTemplateValidated || j[0].TemplateID != "PROMPT-001" || j[0].Version != 2 || j[0].Role != RoleReferent {
		t.Errorf("journal %+v", j)
	}
	if _, err := s.SetStatus("PROMPT-001", library.StatusValidated, referentChange, nil); !errors.Is(err, ErrUnchanged) {
		t.Errorf("same status again: err %v, want ErrUnchanged", err)
	}
	if j, _ := s.Journal(); len(j) != 1 {
		t.Errorf("a change that changed nothing was recorded: %+v", j)
	}
}

func TestGuardRefusalWritesNothing(t *testing.T) {
	s := newStore(t, nil)
	if err := s.Put(sample(1, library.StatusDraft)); err != nil {
		t.Fatal(err)
	}
	refused := errors.New("refusé")
	var seen library.Template
	_, err := s.SetStatus("PROMPT-001", library.StatusValidated, referentChange, func(t library.Template) error {
		seen = t
		return refused
	})
	if !errors.Is(err, refused) {
		t.Fatalf("err %v, want the guard's", err)
	}
	if seen.Status != library.StatusValidated {
		t.Errorf("the guard saw status %q, not the text about to be saved", seen.Status)
	}
	vs, _ := s.Versions("PROMPT-001")
	j, _ := s.Journal()
	if len(vs) != 1 || vs[0].Template.Status != library.StatusDraft || len(j) != 0 {
		t.Errorf("refused change wrote: versions %+v, journal %+v", vs, j)
	}
}

func TestRestoreIsANewVersion(t *testing.T) {
	s := newStore(t, nil)
	v1 := sample(1, library.StatusValidated)
	v2 := v1
	v2.Prompt = "« Autre consigne. »"
	for _, v := range []library.Template{v1, v2} {
		if err := s.Put(v); err != nil {
			t.Fatal(err)
		}
	}
	n, err := s.Restore("PROMPT-001", 1, Change{Role: RoleReferent, Action: ActionTemplateRestored}, nil)
	if err != nil || n != 3 {
		t.Fatalf("restore: version %d, err %v", n, err)
	}
	cur, _ := s.Get("PROMPT-001")
	if cur.Prompt != v1.Prompt {
		t.Errorf("current prompt %q, want version 1's", cur.Prompt)
	}
	if vs, _ := s.Versions("PROMPT-001"); len(vs) != 3 || vs[1].Template.Prompt != v2.Prompt {
		t.Errorf("versions after restore: %+v", vs)
	}
	if _, err := s.Restore("PROMPT-001", 3, Change{}, nil); !errors.Is(err, ErrUnchanged) {
		t.Errorf("restoring the current version: err %v, want ErrUnchanged", err)
	}
	if _, err := s.Restore("PROMPT-001", 9, Change{}, nil); !errors.Is(err, ErrNoVersion) {
		t.Errorf("restoring a missing version: err %v, want ErrNoVersion", err)
	}
}

func TestProposalNeverReplacesAValidatedTemplate(t *testing.T) {
	s := newStore(t, nil)
	if err := s.Put(sample(1, library.StatusValidated)); err != nil {
		t.Fatal(err)
	}
	mine := sample(1, library.StatusValidated)
	mine.Title = "Ma version"
	other := sample(5, library.StatusValidated)
	_, err := s.ImportVersions([]library.Template{other, mine}, Change{Role: RoleVolunteer}, true)
	if !errors.Is(err, ErrNotDraft) || !strings.Contains(err.Error(), "PROMPT-002") {
		t.Fatalf("err %v, want ErrNotDraft naming PROMPT-002", err)
	}
	if _, err := s.Get("PROMPT-005"); !errors.Is(err, ErrNotFound) {
		t.Error("a refused proposal was partly written")
	}
	saved, err := s.ImportVersions([]library.Template{other}, Change{Role: RoleVolunteer, Action: ActionTemplateProposed}, true)
	if err != nil || len(saved) != 1 || !saved[0].Added || saved[0].Version != 1 {
		t.Fatalf("proposal: %+v, %v", saved, err)
	}
	if got, _ := s.Get("PROMPT-005"); got.Status != library.StatusDraft {
		t.Errorf("proposed template has status %q, want a draft", got.Status)
	}
	again, err := s.ImportVersions([]library.Template{other}, Change{Role: RoleVolunteer, Action: ActionTemplateProposed}, true)
	if err != nil || len(again) != 0 {
		t.Errorf("the same proposal twice: %+v, %v", again, err)
	}
	if j, _ := s.Journal(); len(j) != 1 {
		t.Errorf("journal %+v, want one proposal", j)
	}
}

func TestNextID(t *testing.T) {
	s := newStore(t, nil)
	if id, _ := s.NextID(); id != "PROMPT-001" {
		t.Errorf("empty library: %s", id)
	}
	for _, n := range []int{7, 1000, 12} {
		if err := s.Put(sample(n, library.StatusDraft)); err != nil {
			t.Fatal(err)
		}
	}
	if id, _ := s.NextID(); id != "PROMPT-1001" {
		t.Errorf("next id %s, want PROMPT-1001", id)
	}
	if err := s.Delete("PROMPT-1000"); err != nil {
		t.Fatal(err)
	}
	if id, _ := s.NextID(); id != "PROMPT-1001" {
		t.Errorf("a deleted id was given again: %s", id)
	}
}

// encodeRecordV1 is the record layout of schema 2, without the role.
func encodeRecordV1(r record) []byte {
	b := []byte{recordFormat}
	b = binary.AppendVarint(b, r.Saved.UnixNano())
	b = appendString(b, r.Note)
	return appendTemplate(b, r.Template)
}

// A database of schema 2 (records without role) opens, is migrated, keeps
// its versions and takes new ones.
func TestSchema2DatabaseKeepsWorking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "tamis.db")
	if _, err := open(path, nil, testTimeout); err != nil {
		t.Fatal(err)
	}
	v1, v2 := sample(1, library.StatusDraft), sample(1, library.StatusValidated)
	writeBolt(t, path, func(tx *bolt.Tx) error {
		h, err := tx.Bucket([]byte(bucketHistory)).CreateBucket(idKey(v1.ID))
		if err != nil {
			return err
		}
		if err := h.SetSequence(1); err != nil {
			return err
		}
		if err := h.Put(binary.BigEndian.AppendUint64(nil, 1), encodeRecordV1(record{Note: "ancien", Template: v1})); err != nil {
			return err
		}
		for name, v := range map[string][]byte{bucketTemplates: encodeRecordV1(record{Template: v2}), bucketSummaries: encodeSummary(v2), bucketSearch: []byte(searchText(v2))} {
			if err := tx.Bucket([]byte(name)).Put(idKey(v2.ID), v); err != nil {
				return err
			}
		}
		return tx.Bucket([]byte(bucketMeta)).Put([]byte(keySchema), binary.BigEndian.AppendUint64(nil, 2))
	})
	s, err := open(path, nil, testTimeout)
	if err != nil {
		t.Fatalf("open a schema 2 file: %v", err)
	}
	vs, err := s.Versions(v1.ID)
	if err != nil || len(vs) != 2 || vs[0].Note != "ancien" || vs[0].Role != "" || vs[1].Template.Status != library.StatusValidated {
		t.Fatalf("versions of a schema 2 file: %+v, %v", vs, err)
	}
	if n, err := s.SetStatus(v1.ID, library.StatusArchived, Change{Role: RoleReferent}, nil); err != nil || n != 3 {
		t.Fatalf("archive on a migrated file: %d, %v", n, err)
	}
	if vs, _ := s.Versions(v1.ID); len(vs) != 3 || vs[2].Role != RoleReferent || vs[1].Role != "" {
		t.Errorf("versions after a change: %+v", vs)
	}
	if err := Verify(path); err != nil {
		t.Errorf("migrated file fails the check: %v", err)
	}
}
