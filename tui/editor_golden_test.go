package tui

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/charmbracelet/x/exp/teatest"

	"tamis/library"
	"tamis/store"
)

// lintedDraft is a draft with every kind of lint finding: a person named
// in the context, a variable used but not described, one described but
// unused, one whose name invites personal data, one without help.
var lintedDraft = library.Template{
	ID: "PROMPT-020", Title: "Courrier de suivi", Status: library.StatusDraft,
	Context: "Notre association accompagne Mme Zoé Dupont depuis 2019.",
	Prompt:  "Rédige un courrier à [nom du bénéficiaire] au sujet de [sujet], signé par [signataire].",
	Variables: []library.Variable{
		{Name: "nom du bénéficiaire", Help: "à qui écrire"},
		{Name: "sujet"},
		{Name: "signataire"},
	},
}

// editorScreenTest is the real program loop over a real store holding the
// test templates and extra ones, at w×h.
func editorScreenTest(t *testing.T, w, h int, extra ...library.Template) *screenTest {
	t.Helper()
	st, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "tamis.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Import(append(testTemplates(), extra...)); err != nil {
		t.Fatal(err)
	}
	d, err := depsFrom(st)
	if err != nil {
		t.Fatal(err)
	}
	d.Clipboard, d.Tick = &fakeClipboard{}, newFakeClock().tick
	// A fresh store owes its quarterly survey reminder, which arrives off
	// the UI loop and stays on the footer until the next key: on a loaded
	// machine it came after the keys and into the golden screen. These
	// screens are not about it (method_test.go tests the reminder).
	d.RemindSurvey = nil
	tm := teatest.NewTestModel(t, New(d), teatest.WithInitialTermSize(w, h))
	return &screenTest{t: t, tm: tm, w: w}
}

var editorSizes = []struct{ w, h int }{{80, 24}, {120, 40}}

// TestScreenEditorNew: n on the référent's list, a new template's
// skeleton beside (or above) a clean lint.
func TestScreenEditorNew(t *testing.T) {
	for _, sz := range editorSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			// "validé     Présentation": the référent's list is loaded (PROMPT-001
			// alone is also on the volunteer's).
			editorScreenTest(t, sz.w, sz.h).waitFor("modèles").keys("r").waitFor("validé     Présentation").
				keys("n").waitFor("rien à redire").golden()
		})
	}
}

// TestScreenEditorLint: e on a draft the lint finds fault with: each
// finding with its line.
func TestScreenEditorLint(t *testing.T) {
	for _, sz := range editorSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			editorScreenTest(t, sz.w, sz.h, lintedDraft).waitFor("modèles").keys("r").waitFor("PROMPT-020").
				keys("e").waitFor("erreur(s)").golden()
		})
	}
}
