package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// editorHarness is the référent's list over a real store (referentHarness)
// with a fake clock for the lint's debounce.
func editorHarness(t *testing.T) (*harness, *store.Store, *fakeClock) {
	t.Helper()
	h, st := referentHarness(t)
	clock := newFakeClock()
	h.m.c.Deps.Tick = clock.tick
	return h, st, clock
}

func (h *harness) ctrl(k tea.KeyType) *harness {
	h.send(tea.KeyMsg{Type: k})
	return h
}

func (h *harness) editor() editorModel {
	h.t.Helper()
	e, ok := h.m.method.(editorModel)
	if !ok {
		h.t.Fatalf("not on the editor:\n%s", h.view())
	}
	return e
}

// toLine puts the editor's cursor at the end of line n (1-based), when
// no line before it wraps: down moves by rows on screen.
func (h *harness) toLine(n int) *harness {
	h.ctrl(tea.KeyCtrlHome)
	for range n - 1 {
		h.keys("down")
	}
	return h.ctrl(tea.KeyEnd)
}

func lastVersionOf(t *testing.T, st *store.Store, id string) store.Version {
	t.Helper()
	vs := versionsOf(t, st, id)
	return vs[len(vs)-1]
}

func journalActions(t *testing.T, st *store.Store) []string {
	t.Helper()
	es, err := st.Journal()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.TemplateID+":"+e.Action)
	}
	return out
}

// TestEditorCreatesADraft: n proposes the next free id with a skeleton
// that the lint finds clean; ctrl+s asks a reason with its default and
// saves a first version by the référent, a draft; esc goes back to the
// list, the cursor on it.
func TestEditorCreatesADraft(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r", "n").mustSee("Nouveau modèle PROMPT-012 — référent", "CONTEXTE :", "VARIABLES :", "Lint : rien à redire")
	h.toLine(1).typeText(" : atelier cuisine")
	h.mustSee("(non enregistré)")
	h.ctrl(tea.KeyCtrlS).mustSee("Raison de la modification", "créé depuis l’interface")
	h.keys("enter").mustSee("PROMPT-012 enregistré (version 1, brouillon).")
	got, err := st.Get("PROMPT-012")
	if err != nil || got.Status != library.StatusDraft || got.Title != "Titre du modèle : atelier cuisine" {
		t.Fatalf("saved %+v, %v", got, err)
	}
	v := lastVersionOf(t, st, "PROMPT-012")
	if v.Role != store.RoleReferent || v.Note != "créé depuis l’interface" {
		t.Fatalf("version %+v", v)
	}
	if a := journalActions(t, st); a[len(a)-1] != "PROMPT-012:template-created" {
		t.Fatalf("journal %v", a)
	}
	h.keys("esc")
	r := h.m.method.(referentModel)
	if r.ts[r.cursor].ID != "PROMPT-012" {
		t.Fatalf("back on %s:\n%s", r.ts[r.cursor].ID, h.view())
	}
}

// TestEditorLintIsDebounced: typing does not lint at each key; once the
// text is still, the lint names the person of the fixed wording, at its
// line.
func TestEditorLintIsDebounced(t *testing.T) {
	h, _, clock := editorHarness(t)
	h.keys("r", "n").toLine(5).typeText(" Mme Dupont est diabétique.")
	if strings.Contains(h.view(), "Mme Dupont »") || h.editor().report.Count(2) != 0 {
		t.Fatalf("linted before the text was still:\n%s", h.view())
	}
	gen := h.editor().gen
	h.elapse(clock, 1)
	h.mustSee("Lint : 2 erreur(s)", "ligne 5, col.", "« Mme Dupont »")
	if h.editor().gen != gen {
		t.Fatalf("the lint changed the text's generation")
	}
}

// TestEditorRefusedValidationSavesADraft: a validated template edited to
// name a person is saved as a draft, with the refusal and where; nothing
// typed is lost, the journal has the refusal, and the volunteer's list no
// longer offers it.
func TestEditorRefusedValidationSavesADraft(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-002").keys("e").mustSee("Modifier PROMPT-002 — référent")
	h.toLine(6).ctrl(tea.KeyLeft).ctrl(tea.KeyLeft).typeText(" pour Mme Zoé Dupont, diabétique")
	h.ctrl(tea.KeyCtrlS).keys("enter")
	h.mustSee("PROMPT-002 n’est pas validé", "Zoé Dupont", "Enregistré comme brouillon (version 2)")
	got, _ := st.Get("PROMPT-002")
	if got.Status != library.StatusDraft || !strings.Contains(got.Prompt, "Mme Zoé Dupont, diabétique") {
		t.Fatalf("stored %q: %q", got.Status, got.Prompt)
	}
	a := journalActions(t, st)
	if strings.Join(a[len(a)-2:], " ") != "PROMPT-002:validation-refused PROMPT-002:template-draft" {
		t.Fatalf("journal %v", a)
	}
	for _, tp := range h.m.c.Deps.Templates {
		if tp.ID == "PROMPT-002" {
			t.Fatalf("the volunteer's list still offers the draft")
		}
	}
}

// TestEditorEditKeepsValidated: a harmless edit of a validated template
// stays validated, as a version with the reason typed.
func TestEditorEditKeepsValidated(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("enter")
	h.toLine(1).typeText(" du mois")
	h.ctrl(tea.KeyCtrlS).ctrl(tea.KeyCtrlU).typeText("titre précisé").keys("enter")
	h.mustSee("PROMPT-003 enregistré (version 2, validé).")
	v := lastVersionOf(t, st, "PROMPT-003")
	if v.Template.Status != library.StatusValidated || v.Template.Title != "Planning des ateliers du mois" || v.Note != "titre précisé" {
		t.Fatalf("version %+v", v)
	}
	if a := journalActions(t, st); a[len(a)-1] != "PROMPT-003:template-edited" {
		t.Fatalf("journal %v", a)
	}
	found := false
	for _, tp := range h.m.c.Deps.Templates {
		found = found || tp.Title == "Planning des ateliers du mois"
	}
	if !found {
		t.Fatalf("the volunteer's list was not read again")
	}
}

// TestEditorAsksBeforeLosingChanges: esc with unsaved changes asks; n
// stays with the text, o leaves and saves nothing.
func TestEditorAsksBeforeLosingChanges(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e").toLine(1).typeText(" bis")
	h.keys("esc").mustSee("Quitter sans enregistrer ?")
	h.keys("n")
	if e := h.editor(); !strings.Contains(e.text, "Planning des ateliers bis") || e.asked {
		t.Fatalf("n lost the text or kept asking:\n%s", h.view())
	}
	h.keys("esc", "o")
	if _, ok := h.m.method.(referentModel); !ok {
		t.Fatalf("o did not leave:\n%s", h.view())
	}
	if len(versionsOf(t, st, "PROMPT-003")) != 1 {
		t.Fatalf("leaving saved a version")
	}
	h.keys("e", "esc") // nothing changed: leaves without asking
	if _, ok := h.m.method.(referentModel); !ok {
		t.Fatalf("esc on an unchanged text asked:\n%s", h.view())
	}
}

// TestEditorRefusesWhatDoesNotRead: a text that does not parse, or whose
// id changed, is not saved, no reason is asked, and the text stays.
func TestEditorRefusesWhatDoesNotRead(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e")
	h.ctrl(tea.KeyCtrlHome).typeText("xx")
	h.ctrl(tea.KeyCtrlS).mustSee("Le texte ne se lit pas")
	if h.editor().asking || !strings.HasPrefix(h.editor().text, "xx[PROMPT-003]") {
		t.Fatalf("asked a reason or lost the text:\n%s", h.view())
	}
	h.ctrl(tea.KeyCtrlHome).ctrl(tea.KeyDelete).ctrl(tea.KeyDelete)
	h.toLine(1)
	for range len("] Planning des ateliers") {
		h.ctrl(tea.KeyLeft)
	}
	h.ctrl(tea.KeyBackspace).typeText("9")
	h.ctrl(tea.KeyCtrlS).mustSee("L’identifiant doit rester PROMPT-003")
	if len(versionsOf(t, st, "PROMPT-003")) != 1 {
		t.Fatalf("a refused text was saved")
	}
}

// TestProposeFromTheVolunteerList: n from the list opens the editor
// without the passphrase; ctrl+s saves a volunteer's draft as `tamis
// propose` does, which the volunteers do not see.
func TestProposeFromTheVolunteerList(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.m.c.Deps.Unlock = func(string) error { t.Fatal("the passphrase was asked"); return nil }
	h.keys("n").mustSee("Proposer un modèle PROMPT-012 (brouillon)", "ctrl+s proposer")
	h.ctrl(tea.KeyCtrlS).mustSee("PROMPT-012 proposé comme brouillon (version 1)")
	v := lastVersionOf(t, st, "PROMPT-012")
	if v.Role != store.RoleVolunteer || v.Template.Status != library.StatusDraft {
		t.Fatalf("version %+v", v)
	}
	if a := journalActions(t, st); a[len(a)-1] != "PROMPT-012:template-proposed" {
		t.Fatalf("journal %v", a)
	}
	h.ctrl(tea.KeyCtrlS).mustSee("Rien à enregistrer : le texte n’a pas changé.")
	h.toLine(1).typeText(" : atelier vélo").ctrl(tea.KeyCtrlS).mustSee("PROMPT-012 proposé comme brouillon (version 2)")
	h.keys("esc")
	if h.m.state != stateBrowse || strings.Contains(h.view(), "PROMPT-012") {
		t.Fatalf("not back on the volunteer's list, or it shows the draft:\n%s", h.view())
	}
}

// TestCreatedThenValidatedShowsInTheList: a template created and
// validated in the référent's screens is in the volunteer's list when the
// référent goes back to it.
func TestCreatedThenValidatedShowsInTheList(t *testing.T) {
	h, _, _ := editorHarness(t)
	before := h.m.browse.total
	h.keys("r", "n").toLine(1).typeText(" : atelier couture")
	h.ctrl(tea.KeyCtrlS).keys("enter", "esc", "v").mustSee("PROMPT-012 validé")
	h.keys("esc")
	if h.m.state != stateBrowse || h.m.browse.total != before+1 {
		t.Fatalf("%d templates, want %d:\n%s", h.m.browse.total, before+1, h.view())
	}
	h.keys("/").typeText("couture").mustSee("1 modèle sur", "PROMPT-012", "atelier couture")
}

// TestEditorFitsEverySize: the editor, its question and its lint fit the
// terminal from 40×10 to 120×40, after resizes.
func TestEditorFitsEverySize(t *testing.T) {
	h, _, _ := editorHarness(t)
	h.keys("r", "n").toLine(5).typeText(" Mme Dupont est diabétique.")
	h.ctrl(tea.KeyCtrlS)
	for _, s := range [][2]int{{80, 24}, {120, 40}, {100, 30}, {99, 30}, {60, 16}, {40, 10}, {80, 24}} {
		h.send(teaSize(s[0], s[1]))
		lines := strings.Split(h.view(), "\n")
		if len(lines) > s[1] {
			t.Errorf("at %dx%d: %d lines", s[0], s[1], len(lines))
		}
		for _, l := range lines {
			if w := lipgloss.Width(l); w > s[0] {
				t.Errorf("at %dx%d: a line of width %d: %q", s[0], s[1], w, l)
				break
			}
		}
		if !strings.Contains(h.view(), "Raison") {
			t.Errorf("at %dx%d the question is not shown:\n%s", s[0], s[1], h.view())
		}
	}
}

// TestEditorEnglish: with LANG=en the editor and its keys speak English.
func TestEditorEnglish(t *testing.T) {
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	h, _, _ := editorHarness(t)
	h.keys("r", "n").mustSee("New template PROMPT-012 — référent", "Lint: nothing to say", "ctrl+s save", "ctrl+o open in your editor", "esc back")
	h.ctrl(tea.KeyCtrlS).mustSee("Reason for the change", "created from the interface")
	h.keys("esc").toLine(1).typeText("x").keys("esc").mustSee("Leave without saving?")
}

// TestEditorRefusesAReasonNamingAPerson: the reason is kept in the
// history, so it passes the check of `tamis validate --raison`: one that
// names a person is refused and stays to be reworded; nothing is saved
// until it is.
func TestEditorRefusesAReasonNamingAPerson(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e").toLine(1).typeText(" du mois")
	h.ctrl(tea.KeyCtrlS).ctrl(tea.KeyCtrlU).typeText("demandé par Mme Dupont").keys("enter")
	h.mustSee("Raison refusée", "Mme", "nom d’une personne")
	if e := h.editor(); !e.asking || e.reason.Value() != "demandé par Mme Dupont" {
		t.Fatalf("the question was closed or the reason lost:\n%s", h.view())
	}
	if len(versionsOf(t, st, "PROMPT-003")) != 1 {
		t.Fatalf("saved with a refused reason")
	}
	h.ctrl(tea.KeyCtrlU).typeText("titre précisé").keys("enter").mustSee("PROMPT-003 enregistré (version 2")
}

// TestEditorValidatesThroughTheText: « Statut : validé » typed in a
// draft's text validates it through the same guard as v: a clean draft
// becomes validated (the journal says so), a draft naming a person stays a
// draft, with the lines to fix.
func TestEditorValidatesThroughTheText(t *testing.T) {
	h, st, _ := editorHarness(t)
	validate := func(id string) {
		h.keys("r").cursorOn(id).keys("e").toLine(2)
		for range len("brouillon") {
			h.ctrl(tea.KeyBackspace)
		}
		h.typeText("validé").ctrl(tea.KeyCtrlS).keys("enter")
	}
	validate("PROMPT-010")
	h.mustSee("PROMPT-010 enregistré (version 2, validé).")
	if a := journalActions(t, st); a[len(a)-1] != "PROMPT-010:template-validated" {
		t.Fatalf("journal %v", a)
	}
	h.keys("esc", "esc")
	validate("PROMPT-011")
	h.mustSee("PROMPT-011 n’est pas validé", "Zéphyrine", "Rien n’a été enregistré : le brouillon a déjà ce texte.")
	h.ctrl(tea.KeyCtrlEnd).keys("up").ctrl(tea.KeyEnd) // the end of the last line, [sujet]'s
	h.typeText(", par exemple la cotisation").ctrl(tea.KeyCtrlS).keys("enter")
	h.mustSee("PROMPT-011 n’est pas validé", "Enregistré comme brouillon (version 2) : rien n’est perdu ; corrigez ces lignes,")
	if got, _ := st.Get("PROMPT-011"); got.Status != library.StatusDraft || got.Variables[0].Help != "le sujet, par exemple la cotisation" {
		t.Fatalf("PROMPT-011 is %q: %+v", got.Status, got.Variables)
	}
}

// TestNewWhileTheListLoads: n typed before the référent's list has
// arrived opens the editor all the same (a new template needs no list).
func TestNewWhileTheListLoads(t *testing.T) {
	h, _, _ := editorHarness(t)
	m := referentModel{c: h.m.c, keys: defaultReferentKeys()} // not loaded yet
	m.update(keyMsg("n"))
	open, ok := h.m.c.takeNext().(openMethodMsg)
	if !ok {
		t.Fatalf("n while loading asked for nothing")
	}
	if _, ok := open.s.(editorModel); !ok {
		t.Fatalf("n while loading opened %T", open.s)
	}
}

// TestCtrlCAsksBeforeLosingATemplate: ctrl+c with a template's unsaved
// text asks first; n goes back to the text, intact; a second ctrl+c, or
// o, quits.
func TestCtrlCAsksBeforeLosingATemplate(t *testing.T) {
	h, _, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e").toLine(1).typeText(" bis")
	h.keys("ctrl+c").mustSee("Quitter tamis sans enregistrer ?")
	if h.quit {
		t.Fatalf("ctrl+c quit at once")
	}
	h.keys("n").typeText("!")
	if e := h.editor(); e.asked || !strings.Contains(e.text, "Planning des ateliers bis!") {
		t.Fatalf("n did not go back to the text, or the text lost its focus:\n%s", h.view())
	}
	h.keys("ctrl+c", "ctrl+c")
	if !h.quit {
		t.Fatalf("a second ctrl+c did not quit:\n%s", h.view())
	}
	h2, _, _ := editorHarness(t)
	h2.keys("r").cursorOn("PROMPT-003").keys("e").toLine(1).typeText(" bis").keys("ctrl+c", "o")
	if !h2.quit {
		t.Fatalf("o did not quit:\n%s", h2.view())
	}
	h3, _, _ := editorHarness(t)
	h3.keys("r").cursorOn("PROMPT-003").keys("e", "ctrl+c") // nothing typed: quits at once
	if !h3.quit {
		t.Fatalf("ctrl+c on an unchanged text asked:\n%s", h3.view())
	}
}

// TestEditorWaitsForItsSave: while a save runs, esc neither leaves nor
// asks: the save's result must find the editor (to say what was saved,
// and to read the volunteer's list again).
func TestEditorWaitsForItsSave(t *testing.T) {
	h, _, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e").toLine(1).typeText(" bis")
	e := h.editor()
	e.saving = true
	s, _ := e.update(keyMsg("esc"))
	if s.(editorModel).asked || h.m.c.takeNext() != nil {
		t.Fatalf("esc during a save asked or left")
	}
}

// TestEditorDoesNotUndoAnotherChange: a template changed elsewhere (the
// command line) while the editor was open is not overwritten silently:
// the first save says so and writes nothing; a second one saves over it,
// the other version kept in the history.
func TestEditorDoesNotUndoAnotherChange(t *testing.T) {
	h, st, _ := editorHarness(t)
	h.keys("r").cursorOn("PROMPT-003").keys("e").toLine(1).typeText(" du mois")
	other, _ := st.Get("PROMPT-003")
	other.Prompt = "Propose un planning trimestriel des ateliers publics."
	if _, err := st.Edit(other, library.Template{}, store.Change{Role: store.RoleReferent, Reason: "en ligne de commande"}, nil); err != nil {
		t.Fatal(err)
	}
	h.ctrl(tea.KeyCtrlS).keys("enter").mustSee("Rien n’a été enregistré", "a changé ailleurs", "enregistre votre texte par-dessus")
	if got, _ := st.Get("PROMPT-003"); got.Title != "Planning des ateliers" || len(versionsOf(t, st, "PROMPT-003")) != 2 {
		t.Fatalf("the stale edit was written: %q", got.Title)
	}
	h.ctrl(tea.KeyCtrlS).keys("enter").mustSee("PROMPT-003 enregistré (version 3, validé).")
	if v, _ := st.VersionOf("PROMPT-003", 2); v.Template.Prompt != other.Prompt {
		t.Fatalf("the other change is not in the history: %+v", v)
	}
	h.toLine(1).typeText("!").ctrl(tea.KeyCtrlS).keys("enter").mustSee("PROMPT-003 enregistré (version 4, validé).")
}
