package tui

import (
	"fmt"
	"path/filepath"
	"testing"

	"tamis/store"
)

// settingsStoreFor is a real store holding the test templates, a profile
// and both lists, for the screens driven through the real program loop.
func settingsStoreFor(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Import(testTemplates()); err != nil {
		t.Fatal(err)
	}
	if err := st.SetProfile(store.Profile{"Nom asso": "Les Amis du Vélo"}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetRules(store.Rules{Allow: []string{"Maison des associations"}, Deny: []string{"Projet Horizon"}}); err != nil {
		t.Fatal(err)
	}
	return st
}

// TestScreenSettings: through the real program loop (teatest), the
// profile refuses a person's e-mail with the reason, and the lists refuse
// a deny entry of common words; each screen at 80×24 and 120×40.
func TestScreenSettings(t *testing.T) {
	for _, sz := range settingsSizes {
		t.Run(fmt.Sprintf("profile/%dx%d", sz.w, sz.h), func(t *testing.T) {
			st := settingsStoreFor(t)
			s := newScreenTest(t, func(e *testEnv) { e.deps.Settings, e.deps.Referent = st, st }, sz.w, sz.h)
			s.ready().keys("r").waitFor("PROMPT-003").keys("p").waitFor("Les Amis du Vélo")
			s.keys("down", "down", "down", "down", "down", "down", "down").typeText("marie.dupont@gmail.com").
				keys("enter").waitFor("n’a pas été enregistrée").golden()
		})
		t.Run(fmt.Sprintf("lists/%dx%d", sz.w, sz.h), func(t *testing.T) {
			st := settingsStoreFor(t)
			s := newScreenTest(t, func(e *testEnv) { e.deps.Settings, e.deps.Referent = st, st }, sz.w, sz.h)
			s.ready().keys("r").waitFor("PROMPT-003").keys("l").waitFor("Projet Horizon")
			s.keys("i").typeText("pour les").keys("enter").waitFor("mots courants").golden()
		})
	}
}
