package store

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"tamis/prompts"
)

// soundFiles builds real tamis files of several shapes: seeded, large,
// with history, deletions (free pages), profile, rules and events.
func soundFiles(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{}
	s, err := open(filepath.Join(t.TempDir(), "tamis.db"), prompts.FS, testTimeout)
	if err != nil {
		t.Fatal(err)
	}
	files["seeded"] = s.Path()

	s = newStore(t, seedFS())
	if _, _, err := s.Import(benchTemplates(2000)); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 2000; i += 7 {
		if err := s.Delete(fmt.Sprintf("PROMPT-%03d", i)); err != nil {
			t.Fatal(err)
		}
	}
	for i := 2; i <= 200; i += 3 {
		tt := benchTemplate(i)
		tt.Title += " (revu)"
		if err := s.Put(tt); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetProfile(Profile{"Nom asso": "Les Amis du Quartier", "mission": "entraide"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetRules(Rules{Allow: []string{"Maison des associations"}, Deny: []string{"projet Hermès"}}); err != nil {
		t.Fatal(err)
	}
	for range 50 {
		if err := s.RecordEvent(Event{TemplateID: "PROMPT-002", Verdict: "ok", Action: ActionCopied}); err != nil {
			t.Fatal(err)
		}
	}
	files["large, edited"] = s.Path()
	return files
}

func TestCheckAcceptsSoundFiles(t *testing.T) {
	for name, path := range soundFiles(t) {
		t.Run(name, func(t *testing.T) {
			s := &Store{path: path, timeout: testTimeout}
			if err := s.Check(); err != nil {
				t.Errorf("sound file refused: %v (%v)", err, reason(err))
			}
			if errs := boltCheck(t, path); len(errs) > 0 {
				t.Errorf("bbolt's Tx.Check disagrees: %v", errs)
			}
		})
	}
}

// reason is the technical detail of a failed check, for test messages.
func reason(err error) string {
	var d *errDamage
	if errors.As(err, &d) {
		return d.reason
	}
	return ""
}

// The case reported in issue 8: live pages marked free, meta checksums
// intact. bbolt opens it and reads answer, but a write would reuse live
// pages; every write must be refused and the file left as it was.
func TestDamagedFreelistIsNeverWritten(t *testing.T) {
	s := newStore(t, nil)
	if _, _, err := s.Import(benchTemplates(16)); err != nil {
		t.Fatal(err)
	}
	if n := markLiveFree(t, s.Path()); n == 0 {
		t.Fatal("no live page marked free")
	}
	if errs := boltCheck(t, s.Path()); len(errs) == 0 {
		t.Fatal("bbolt's Tx.Check finds nothing wrong: the damage was not made")
	}
	before, _ := os.ReadFile(s.Path())
	fresh := &Store{path: s.Path(), timeout: testTimeout}
	writes := map[string]func() error{
		"profile": func() error { return fresh.SetProfile(Profile{"Nom asso": "X"}) },
		"rules":   func() error { return fresh.SetRules(Rules{Deny: []string{"projet"}}) },
		"import":  func() error { _, _, err := fresh.Import(benchTemplates(30)); return err },
		"put":     func() error { return fresh.Put(benchTemplate(99)) },
		"delete":  func() error { return fresh.Delete("PROMPT-001") },
		"event": func() error {
			return fresh.RecordEvent(Event{TemplateID: "PROMPT-001", Verdict: "ok", Action: ActionCopied})
		},
		"charter": func() error { return fresh.SetCharter("charte") },
	}
	for name, write := range writes {
		if err := write(); !errors.Is(err, ErrCorrupt) {
			t.Errorf("%s: err = %v, want ErrCorrupt", name, err)
		}
	}
	if _, err := open(s.Path(), nil, testTimeout); !errors.Is(err, ErrCorrupt) {
		t.Errorf("open: err = %v, want ErrCorrupt", err)
	}
	if after, _ := os.ReadFile(s.Path()); !bytes.Equal(before, after) {
		t.Error("the damaged file was written")
	}
}
