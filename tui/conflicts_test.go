package tui

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// folderText is PROMPT-002 as the other laptop changed it.
func folderText(prompt string) library.Template {
	t := testTemplates()[1]
	t.Prompt = prompt
	return t
}

// conflictHarness is the program over a real store, b, whose PROMPT-002
// was archived here while another real store, a, reworded it; a's
// templates with their versions (what `tamis export` writes) are merged
// into b (what `tamis import DIR` does): a real conflict.
func conflictHarness(t *testing.T, w, h int, folder library.Template) (*harness, *store.Store) {
	t.Helper()
	hs, b, _ := storeHarness(t)
	a, err := store.OpenWithSeed(filepath.Join(t.TempDir(), "a.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := a.Import(testTemplates()); err != nil {
		t.Fatal(err)
	}
	if _, err := a.ImportVersions([]library.Template{folder}, store.Change{Role: store.RoleReferent, Reason: "plus précis"}, false); err != nil {
		t.Fatal(err)
	}
	if _, err := b.SetStatus("PROMPT-002", library.StatusArchived, store.Change{Role: store.RoleReferent}, nil); err != nil {
		t.Fatal(err)
	}
	shared, err := a.SharedTemplates()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := b.MergeShared(shared, store.Profile{}, store.Rules{}, store.Change{Role: store.RoleReferent, Action: store.ActionTemplateImported}, nil)
	if err != nil || rep.Pending != 1 {
		t.Fatalf("merge: %+v, %v", rep, err)
	}
	hs.send(teaSize(w, h))
	return hs, b
}

const reworded = "Rédige un message chaleureux pour [destinataire] au sujet de [sujet], en trois phrases."

// dates masks the times of saving and import, which change at each run.
var dates = regexp.MustCompile(`\d\d/\d\d/\d{4} \d\d:\d\d`)

func maskDates(s string) []byte { return []byte(dates.ReplaceAllString(s, "JJ/MM/AAAA hh:mm")) }

// TestConflictsScreen: the référent's screen counts the conflicts; m lists
// them; entrée shows this laptop's text beside the folder's, side by side
// from 100 columns, the differences marked.
func TestConflictsScreen(t *testing.T) {
	eachReferentSize(t, func(t *testing.T, w, hh int) {
		h, _ := conflictHarness(t, w, hh, folderText(reworded))
		h.keys("r").mustSee("Modèles — référent — 1 conflit à régler (m)", "échap retour", "h historique")
		if w >= 100 {
			h.mustSee("m conflits")
		}
		h.keys("m").mustSee("Conflits à régler", "PROMPT-002", "Message aux bénévoles")
		t.Run("list", func(t *testing.T) { golden.RequireEqual(t, maskDates(h.view())) })
		h.keys("enter").mustSee("cet ordinateur — version 2", "dossier — importé le", "- Statut : archivé",
			"+ Statut : validé", "d prendre celui du dossier", "g garder celui d’ici")
		if w < sideBySideWidth {
			h.keys("G")
		}
		h.mustSee("+ « Rédige un message chaleureux")
		h.keys("home")
		t.Run("compare", func(t *testing.T) { golden.RequireEqual(t, maskDates(h.view())) })
	})
}

// TestConflictsTakeFolder: d then o saves the folder's text as a new
// version by the référent with the reason; the conflict goes, and the
// référent's screen no longer counts it.
func TestConflictsTakeFolder(t *testing.T) {
	h, st := conflictHarness(t, 120, 40, folderText(reworded))
	h.keys("r", "m", "enter", "d").mustSee("Prendre le texte du dossier pour PROMPT-002 ?")
	h.keys("n")
	if cur, _ := st.Get("PROMPT-002"); cur.Status != library.StatusArchived {
		t.Fatalf("n took the folder's text: %+v", cur)
	}
	h.keys("d", "o").mustSee("PROMPT-002 : le texte du dossier est pris, enregistré comme version", "Aucun conflit à régler.")
	vs := versionsOf(t, st, "PROMPT-002")
	last := vs[len(vs)-1]
	if last.Template.Prompt != reworded || last.Template.Status != library.StatusValidated ||
		last.Note != "conflit réglé : version du dossier" || last.Role != store.RoleReferent {
		t.Fatalf("last version %+v", last)
	}
	if cs, _ := st.Conflicts(); len(cs) != 0 {
		t.Fatalf("still pending: %+v", cs)
	}
	evs, _ := st.Journal()
	if e := evs[len(evs)-1]; e.Action != store.ActionConflictTaken || e.Version != last.Number {
		t.Fatalf("last event %+v", e)
	}
	h.keys("esc").mustSee("Modèles — référent")
	if strings.Contains(h.view(), "conflit") {
		t.Fatalf("the count stays:\n%s", h.view())
	}
}

// TestConflictsKeepLocal: g then o keeps this laptop's text; the folder's
// stays in the database, set aside.
func TestConflictsKeepLocal(t *testing.T) {
	h, st := conflictHarness(t, 80, 24, folderText(reworded))
	before := versionsOf(t, st, "PROMPT-002")
	h.keys("r", "m", "enter", "g").mustSee("Garder le texte de cet ordinateur pour PROMPT-002 ?")
	h.keys("o").mustSee("PROMPT-002 : le texte de cet ordinateur est gardé (version 2)")
	if vs := versionsOf(t, st, "PROMPT-002"); len(vs) != len(before) {
		t.Fatalf("keeping made a version: %d → %d", len(before), len(vs))
	}
	aside, err := st.SetAside()
	if err != nil || !strings.Contains(aside["PROMPT-002"], "chaleureux") {
		t.Fatalf("the folder's text is lost: %q, %v", aside, err)
	}
	if cs, _ := st.Conflicts(); len(cs) != 0 {
		t.Fatalf("still pending: %+v", cs)
	}
}

// TestConflictsTakeRefused: a folder's text, validated, whose fixed
// wording names a person is not taken; the conflict stays to settle.
func TestConflictsTakeRefused(t *testing.T) {
	h, st := conflictHarness(t, 80, 24, folderText("Rédige un message pour Mme Zéphyrine Durand au sujet de [sujet] et [destinataire]."))
	h.keys("r", "m", "enter", "d", "o").mustSee("PROMPT-002 n’est pas validé", "Zéphyrine")
	if cs, _ := st.Conflicts(); len(cs) != 1 {
		t.Fatalf("refused, yet %d pending", len(cs))
	}
	if cur, _ := st.Get("PROMPT-002"); cur.Status != library.StatusArchived {
		t.Fatalf("refused, yet PROMPT-002 is %+v", cur)
	}
}

// TestConflictsEnglish: the screen reads in English with LANG=en.
func TestConflictsEnglish(t *testing.T) {
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	h, _ := conflictHarness(t, 120, 40, folderText(reworded))
	h.keys("r").mustSee("1 conflict to settle (m)", "m conflicts")
	h.keys("m", "enter").mustSee("Conflicts to settle", "this laptop — version 2", "folder — imported on",
		"d take the folder's", "g keep this one", "esc back")
}
