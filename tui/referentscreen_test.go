package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tamis/library"
	"tamis/referent"
	"tamis/store"
)

// referentHarness is the program over a real store holding the test
// templates and two drafts: one clean, one whose fixed wording names a
// person and gives her phone number.
func referentHarness(t *testing.T) (*harness, *store.Store) {
	t.Helper()
	h, st, _ := storeHarness(t)
	drafts := []library.Template{
		{ID: "PROMPT-010", Title: "Affiche de la fête", Status: library.StatusDraft,
			Prompt: "Rédige une affiche pour [événement].", Variables: []library.Variable{{Name: "événement", Help: "la fête"}}},
		{ID: "PROMPT-011", Title: "Relance d'une adhérente", Status: library.StatusDraft,
			Prompt:    "Rédige une relance pour Mme Zéphyrine Durand, joignable au 06 12 34 56 78, au sujet de [sujet].",
			Variables: []library.Variable{{Name: "sujet", Help: "le sujet"}}},
	}
	if _, _, err := st.Import(drafts); err != nil {
		t.Fatal(err)
	}
	h.send(teaSize(80, 24))
	return h, st
}

// cursorOn moves the référent screen's cursor to id.
func (h *harness) cursorOn(id string) *harness {
	h.t.Helper()
	for range 20 {
		r := h.m.method.(referentModel)
		if r.ts[r.cursor].ID == id {
			return h
		}
		h.keys("down")
	}
	h.t.Fatalf("%s is not in the list:\n%s", id, h.view())
	return h
}

func versionsOf(t *testing.T, st *store.Store, id string) []store.Version {
	t.Helper()
	vs, err := st.Versions(id)
	if err != nil {
		t.Fatal(err)
	}
	return vs
}

// TestReferentScreenValidates: r lists every template with its status; v
// on a clean draft validates it as a new version by the référent, with
// the fixed reason, and the list says so.
func TestReferentScreenValidates(t *testing.T) {
	h, st := referentHarness(t)
	h.keys("r").mustSee("Modèles — référent", "PROMPT-010", "brouillon", "PROMPT-001", "validé")
	before := len(versionsOf(t, st, "PROMPT-010"))
	h.cursorOn("PROMPT-010").keys("v").mustSee("PROMPT-010 validé (version")
	got, err := st.Get("PROMPT-010")
	if err != nil || got.Status != library.StatusValidated {
		t.Fatalf("PROMPT-010 is %q, %v", got.Status, err)
	}
	vs := versionsOf(t, st, "PROMPT-010")
	last := vs[len(vs)-1]
	if len(vs) != before+1 || last.Role != store.RoleReferent || last.Note != "depuis l’interface" {
		t.Fatalf("versions %d → %d, last %+v", before, len(vs), last)
	}
	h.keys("x").mustSee("PROMPT-010 archivé")
	if got, _ := st.Get("PROMPT-010"); got.Status != library.StatusArchived {
		t.Fatalf("after x: %q", got.Status)
	}
	h.keys("esc")
	if h.m.state != stateBrowse {
		t.Fatalf("esc leaves for state %d", h.m.state)
	}
}

// TestReferentScreenRefusesNamedPerson: v on a draft whose fixed wording
// names a person shows where, and the draft stays as it was.
func TestReferentScreenRefusesNamedPerson(t *testing.T) {
	h, st := referentHarness(t)
	before := len(versionsOf(t, st, "PROMPT-011"))
	h.keys("r").cursorOn("PROMPT-011").keys("v")
	h.mustSee("PROMPT-011 n’est pas validé", "ligne", "Zéphyrine")
	got, _ := st.Get("PROMPT-011")
	if got.Status != library.StatusDraft || len(versionsOf(t, st, "PROMPT-011")) != before {
		t.Fatalf("refused, yet PROMPT-011 is %q with %d versions", got.Status, len(versionsOf(t, st, "PROMPT-011")))
	}
	golden.RequireEqual(t, []byte(h.view()))
}

// TestReferentScreenUnlocksOncePerSession: with a référent, the screen
// asks the passphrase, refuses a wrong one, and once given does not ask
// again in the session.
func TestReferentScreenUnlocksOncePerSession(t *testing.T) {
	h, _ := referentHarness(t)
	asked := 0
	h.m.c.Deps.Unlock = func(p string) error {
		asked++
		if p != "la bonne phrase" {
			return referent.ErrWrongPhrase
		}
		return nil
	}
	h.keys("r").mustSee("Réservé au référent")
	h.typeText("pas la bonne").keys("enter").mustSee("Phrase de passe incorrecte")
	h.typeText("la bonne phrase").keys("enter").mustSee("PROMPT-010", "brouillon")
	h.keys("esc", "r").mustSee("PROMPT-010", "brouillon")
	if asked != 2 {
		t.Fatalf("the passphrase was checked %d times, want 2", asked)
	}
}

// TestScreenReferentList: the référent's list of every template by status,
// drafts first, at the usual size and in a large window.
func TestScreenReferentList(t *testing.T) {
	for _, sz := range []struct{ w, h int }{{80, 24}, {120, 40}} {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) {
			h, _ := referentHarness(t)
			h.send(teaSize(sz.w, sz.h))
			h.keys("r").mustSee("PROMPT-010", "brouillon", "validé")
			golden.RequireEqual(t, []byte(h.view()))
		})
	}
}
