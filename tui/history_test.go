package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// The goldens show the versions' dates: the same on every machine.
func init() { time.Local = time.UTC }

// historyTemplate is PROMPT-020 in three versions, at fixed times: a draft,
// the same validated, then its prompt reworded.
func historyVersions() store.SharedTemplate {
	base := library.Template{ID: "PROMPT-020", Title: "Annonce d'atelier", Status: library.StatusDraft,
		Context:   "L'association ouvre un atelier public.",
		Prompt:    "Rédige une annonce pour l'atelier [thème].\nTon chaleureux.",
		Variables: []library.Variable{{Name: "thème", Help: "le thème de l'atelier"}}}
	v2 := base
	v2.Status = library.StatusValidated
	v3 := v2
	v3.Prompt = "Rédige une annonce courte pour l'atelier [thème].\nTon chaleureux.\nTermine par l'horaire."
	at := func(day int) time.Time { return time.Date(2026, 11, day, 9, 30, 0, 0, time.UTC) }
	return store.SharedTemplate{ID: "PROMPT-020", Versions: []store.Version{
		{Template: base, Time: at(2), Role: store.RoleVolunteer, Note: "proposé"},
		{Template: v2, Time: at(3), Role: store.RoleReferent, Note: "relu en bureau"},
		{Template: v3, Time: at(20), Role: store.RoleReferent, Note: "plus court"},
	}}
}

// historyHarness is the référent's screen on a real store that holds
// PROMPT-020 in three versions, at w×h.
func historyHarness(t *testing.T, w, h int, extra ...store.SharedTemplate) (*harness, *store.Store) {
	t.Helper()
	hs, st, _ := storeHarness(t)
	in := append([]store.SharedTemplate{historyVersions()}, extra...)
	if _, err := st.MergeShared(in, store.Profile{}, store.Rules{}, store.Change{}, nil); err != nil {
		t.Fatal(err)
	}
	hs.send(teaSize(w, h))
	hs.keys("r").cursorOn("PROMPT-020").keys("h")
	hs.mustSee(i18n.T("Historique de PROMPT-020", "History of PROMPT-020"))
	return hs, st
}

// sizes of the référent's screens' goldens.
var referentSizes = []struct{ w, h int }{{80, 24}, {120, 40}}

func eachReferentSize(t *testing.T, run func(t *testing.T, w, h int)) {
	for _, sz := range referentSizes {
		t.Run(fmt.Sprintf("%dx%d", sz.w, sz.h), func(t *testing.T) { run(t, sz.w, sz.h) })
	}
}

// TestHistoryListsVersions: h lists the versions newest first, with date,
// role, status and reason.
func TestHistoryListsVersions(t *testing.T) {
	eachReferentSize(t, func(t *testing.T, w, hh int) {
		h, _ := historyHarness(t, w, hh)
		h.mustSee("v3", "20/11/2026 09:30", "référent", "validé", "plus court", "v1", "bénévole", "brouillon", "proposé")
		v := h.view()
		if strings.Index(v, "plus court") > strings.Index(v, "proposé") {
			t.Fatalf("the oldest version comes first:\n%s", v)
		}
		golden.RequireEqual(t, []byte(v))
	})
}

// TestHistoryDiff: entrée shows the version beside the previous one, side
// by side from 100 columns, one above the other below, the changed lines
// marked - and +.
func TestHistoryDiff(t *testing.T) {
	eachReferentSize(t, func(t *testing.T, w, hh int) {
		h, _ := historyHarness(t, w, hh)
		h.keys("enter").mustSee("version 2 — 03/11/2026 09:30", "- « Rédige une annonce pour")
		v := h.view()
		sameLine := false
		for _, line := range strings.Split(v, "\n") {
			sameLine = sameLine || strings.Contains(line, "version 2 —") && strings.Contains(line, "version 3 —")
		}
		if sameLine != (w >= sideBySideWidth) {
			t.Fatalf("side by side = %v at %d columns:\n%s", sameLine, w, v)
		}
		golden.RequireEqual(t, []byte(v))
		if w < sideBySideWidth {
			h.mustSee("↓ 8 ligne(s) de plus")
			h.keys("G") // the new version is below the old one
		}
		h.mustSee("version 3 — 20/11/2026 09:30", "+ « Rédige une annonce courte", "+ Termine par l'horaire")
		h.keys("esc").mustSee("relu en bureau")
	})
}

// TestHistoryRestore: r on an old version asks first; n changes nothing,
// o saves it as a new version by the référent with the reason and the
// event of `tamis restore`; esc goes back to the référent's screen.
func TestHistoryRestore(t *testing.T) {
	h, st := historyHarness(t, 80, 24)
	h.keys("down", "down", "r").mustSee("Restaurer la version 1 de PROMPT-020 ?", "o oui, restaurer")
	h.keys("n")
	if vs := versionsOf(t, st, "PROMPT-020"); len(vs) != 3 {
		t.Fatalf("n restored: %d versions", len(vs))
	}
	h.keys("r", "o").mustSee("version 1 restaurée, enregistrée comme version 4", "v4", "restauré depuis la version 1")
	vs := versionsOf(t, st, "PROMPT-020")
	last := vs[len(vs)-1]
	if len(vs) != 4 || last.Role != store.RoleReferent || last.Note != "restauré depuis la version 1" ||
		string(library.Format(last.Template)) != string(library.Format(vs[0].Template)) {
		t.Fatalf("after the restore: %d versions, last %+v", len(vs), last)
	}
	evs, err := st.Journal()
	if err != nil {
		t.Fatal(err)
	}
	if e := evs[len(evs)-1]; e.Action != store.ActionTemplateRestored || e.TemplateID != "PROMPT-020" || e.Version != 4 {
		t.Fatalf("last event %+v", e)
	}
	h.keys("esc").mustSee("Modèles — référent", "PROMPT-020")
	if _, ok := h.m.method.(referentModel); !ok {
		t.Fatalf("esc leaves for %T", h.m.method)
	}
}

// TestHistoryRestoreRefused: a validated version whose fixed wording names
// a person is not restored; the refusal says where, nothing changes.
func TestHistoryRestoreRefused(t *testing.T) {
	bad := library.Template{ID: "PROMPT-021", Title: "Relance", Status: library.StatusValidated,
		Prompt: "Rédige une relance pour Mme Zéphyrine Durand au sujet de [sujet].", Variables: []library.Variable{{Name: "sujet", Help: "le sujet"}}}
	good := bad
	good.Status, good.Prompt = library.StatusDraft, "Rédige une relance au sujet de [sujet]."
	at := time.Date(2026, 11, 1, 8, 0, 0, 0, time.UTC)
	h, st := historyHarness(t, 80, 24, store.SharedTemplate{ID: "PROMPT-021", Versions: []store.Version{
		{Template: bad, Time: at}, {Template: good, Time: at.Add(time.Hour)}}})
	h.keys("esc", "up", "up", "up", "up", "up").cursorOn("PROMPT-021").keys("h", "down", "r", "o")
	h.mustSee("PROMPT-021 n’est pas validé", "Zéphyrine")
	if vs := versionsOf(t, st, "PROMPT-021"); len(vs) != 2 {
		t.Fatalf("refused, yet %d versions", len(vs))
	}
}

// TestHistoryCurrentNotRestorable: the current version offers no restore,
// and the footer reads in English with LANG=en.
func TestHistoryCurrentNotRestorable(t *testing.T) {
	h, _ := historyHarness(t, 120, 40)
	if strings.Contains(h.view(), "r restaurer") {
		t.Fatalf("restore offered on the current version:\n%s", h.view())
	}
	h.keys("down").mustSee("r restaurer", "entrée comparer à la précédente", "échap retour")
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	h2, _ := historyHarness(t, 120, 40)
	h2.keys("down").mustSee("History of PROMPT-020", "r restore", "enter compare with the previous one", "esc back")
}

// TestHistoryDiffFollowsResize: the comparison is laid out again when the
// terminal changes size: side by side, then one above the other.
func TestHistoryDiffFollowsResize(t *testing.T) {
	h, _ := historyHarness(t, 120, 40)
	h.keys("enter")
	sideBySide := func() bool {
		for _, line := range strings.Split(h.view(), "\n") {
			if strings.Contains(line, "version 2 —") && strings.Contains(line, "version 3 —") {
				return true
			}
		}
		return false
	}
	if !sideBySide() {
		t.Fatalf("not side by side at 120 columns:\n%s", h.view())
	}
	h.send(teaSize(80, 24))
	if sideBySide() || !strings.Contains(h.view(), "version 2 —") {
		t.Fatalf("after a resize to 80 columns:\n%s", h.view())
	}
}
