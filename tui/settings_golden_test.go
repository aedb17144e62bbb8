package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tamis/store"
)

// settingsSizes are the sizes of the settings screens' goldens.
var settingsSizes = []struct{ w, h int }{{80, 24}, {120, 40}}

// settingsGolden runs show at each size on the référent's screen over a
// real store, then compares the screen with testdata/<Test>/<w>x<h>.golden.
func settingsGolden(t *testing.T, show func(h *harness, st *store.Store)) {
	for _, sz := range settingsSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h, st := referentHarness(t)
			h.send(teaSize(sz.w, sz.h))
			show(h, st)
			golden.RequireEqual(t, []byte(h.view()))
		})
	}
}

// TestGoldenProfileScreen: the profile with two values, a refused contact
// and its reason.
func TestGoldenProfileScreen(t *testing.T) {
	settingsGolden(t, func(h *harness, st *store.Store) {
		if err := st.SetProfile(store.Profile{"Nom asso": "Les Amis du Vélo", "mission": "Réparer des vélos avec les habitants"}); err != nil {
			t.Fatal(err)
		}
		h.keys("r", "p")
		for range 7 {
			h.keys("down")
		}
		h.typeText("marie.dupont@gmail.com").keys("enter")
	})
}

// TestGoldenRulesScreen: both lists, the field open on the deny list with
// a refused entry.
func TestGoldenRulesScreen(t *testing.T) {
	settingsGolden(t, func(h *harness, st *store.Store) {
		if err := st.SetRules(store.Rules{Allow: []string{"Maison des associations", "contact@amisduvelo.fr"}, Deny: []string{"Projet Horizon"}}); err != nil {
			t.Fatal(err)
		}
		h.keys("r", "l", "down", "i").typeText("pour les").keys("enter")
	})
}

// TestGoldenCharterEdit: the charter as the référent reads it.
func TestGoldenCharterEdit(t *testing.T) {
	settingsGolden(t, func(h *harness, _ *store.Store) { h.keys("r", "c") })
}

// TestGoldenCharterEditing: the charter's Markdown in the textarea.
func TestGoldenCharterEditing(t *testing.T) {
	settingsGolden(t, func(h *harness, _ *store.Store) { h.keys("r", "c", "e") })
}
