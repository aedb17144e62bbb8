package tui

import (
	"path/filepath"
	"strings"
	"testing"

	"tamis/store"
)

// TestScreenBrowseNoReferent: the list screen says that no référent is
// defined, and the list gives up one line for it.
func TestScreenBrowseNoReferent(t *testing.T) {
	eachSize(t, func(e *testEnv) { e.deps.NoReferent = true }, func(s *screenTest) {
		s.ready().golden()
	})
}

func TestNoReferentFollowsTheStore(t *testing.T) {
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := depsFrom(st)
	if err != nil || !d.NoReferent {
		t.Fatalf("a new database: NoReferent = %v, %v", d.NoReferent, err)
	}
	if err := st.SetPassphraseHash("$argon2id$v=19$m=64,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"); err != nil {
		t.Fatal(err)
	}
	if d, err = depsFrom(st); err != nil || d.NoReferent {
		t.Fatalf("with a passphrase: NoReferent = %v, %v", d.NoReferent, err)
	}
	if d, _ := depsFrom(&memLibrary{ts: testTemplates()}); d.NoReferent {
		t.Fatal("a library that keeps no passphrase says no référent is defined")
	}
	m := New(d)
	m.c.Width, m.c.Height = 80, 24
	if strings.Contains(m.browse.view(), "Aucun référent") {
		t.Fatal("the note is shown with a référent")
	}
}
