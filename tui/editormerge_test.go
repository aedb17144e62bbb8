package tui

import (
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"

	"tamis/i18n"
	"tamis/library"
	"tamis/store"
)

// TestMergeText: each difference is a block with this laptop's lines then
// the folder's, under marks that say which side has none; choosing the
// lines and deleting the marks gives the merge.
func TestMergeText(t *testing.T) {
	local := "A\nB\nC\nD\n"
	folder := "A\nB2\nC\nD\nE\n"
	got := mergeText(local, folder)
	want := `A
──── bloc 1 sur 2 · cet ordinateur ────
B
──── bloc 1 sur 2 · dossier partagé ────
B2
──── fin du bloc 1 ────
C
D
──── bloc 2 sur 2 · cet ordinateur : aucune ligne ────
──── bloc 2 sur 2 · dossier partagé ────
E
──── fin du bloc 2 ────
`
	if got != want {
		t.Fatalf("merge text:\n%s\nwant:\n%s", got, want)
	}
	if lines := markLines(got); !slices.Equal(lines, []int{2, 4, 6, 9, 10, 12}) {
		t.Fatalf("marks at %v", lines)
	}
	if lines := markLines(strings.Replace(got, "──── fin du bloc 1 ────", "─── fin", 1)); len(lines) != 6 {
		t.Fatalf("a half-deleted mark is not one: %v", lines)
	}
	if got := lineList([]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}); got != "1, 2, 3, 4, 5, 6, 7, 8, 9, …" {
		t.Fatalf("line list %q", got)
	}
	if lines := markLines("A\nB2\nC\n"); lines != nil {
		t.Fatalf("marks in a clean text: %v", lines)
	}
}

// mergedPrompt is the référent's merge: the folder's status and warmth,
// this laptop's length.
const mergedPrompt = "« Rédige un message chaleureux pour [destinataire] au sujet de [sujet]. »"

// settleText is the merge text with its blocks settled: status from the
// folder, the prompt rewritten from both.
func settleText(text, status, prompt string) string {
	var out []string
	skip := false
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, mergeMark) && strings.Contains(l, "· cet ordinateur"):
			skip = true
		case strings.HasPrefix(l, mergeMark) && strings.Contains(l, "fin du bloc"):
			skip = false
		case strings.HasPrefix(l, "Statut :") && skip:
			out = append(out, status)
		case strings.HasPrefix(l, "«") && skip:
			out = append(out, prompt)
		case !skip:
			out = append(out, l)
		}
	}
	return strings.Join(slices.Compact(out), "\n")
}

// TestConflictsMerge: e on a comparison opens the editor on the merge
// text; ctrl+s refuses while a mark is left, nothing saved; once the
// blocks are settled, ctrl+s asks the reason (« textes des deux postes réunis »
// by default) and saves the merge as a new version by the référent, the
// folder's text set aside and the event journaled, then goes back to the
// conflicts list, empty.
func TestConflictsMerge(t *testing.T) {
	h, st := conflictHarness(t, 120, 40, folderText(reworded))
	before := versionsOf(t, st, "PROMPT-002")
	h.keys("r", "m", "enter").mustSee("e fusionner")
	h.keys("e").mustSee("Fusionner PROMPT-002 — cet ordinateur et le dossier — référent",
		"──── bloc 1 sur 2 · cet ordinateur ────", "Statut : archivé", "──── bloc 1 sur 2 · dossier partagé ────",
		"Statut : validé", "Chaque bloc montre", "Lint : 2 erreur(s)", "ligne 3 : 6 repère(s) de fusion à effacer",
		"(lignes 3, 5, 7, 10, 12,")
	h.ctrl(tea.KeyCtrlS).mustSee("Il reste 6 repère(s) de fusion", "rien n’a été enregistré")
	if vs := versionsOf(t, st, "PROMPT-002"); len(vs) != len(before) || len(pendingOf(t, st)) != 1 {
		t.Fatalf("saved with marks left: %d versions, %d pending", len(vs), len(pendingOf(t, st)))
	}
	text := settleText(h.editor().text, "Statut : validé", mergedPrompt)
	h.send(externalMsg{text: text})
	h.mustSee("Lint : 0 erreur(s)")
	if strings.Contains(h.view(), "Chaque bloc") {
		t.Fatalf("the hint stays once the marks are gone:\n%s", h.view())
	}
	h.ctrl(tea.KeyCtrlS).mustSee("Raison de la modification", "textes des deux postes réunis")
	h.keys("enter").mustSee("Conflits à régler", "PROMPT-002 : la fusion est enregistrée comme version 3 (validé)",
		"Aucun conflit à régler.")
	last := lastVersionOf(t, st, "PROMPT-002")
	if last.Number != 3 || last.Template.Prompt != strings.Trim(mergedPrompt, "« »") ||
		last.Template.Status != library.StatusValidated || last.Note != "textes des deux postes réunis" || last.Role != store.RoleReferent {
		t.Fatalf("last version %+v", last)
	}
	if aside, err := st.SetAside(); err != nil || !strings.Contains(aside["PROMPT-002"], "en trois phrases") {
		t.Fatalf("the folder's text is not set aside: %q, %v", aside, err)
	}
	if acts := journalActions(t, st); acts[len(acts)-1] != "PROMPT-002:conflict-merged" {
		t.Fatalf("journal %v", acts)
	}
	h.keys("esc").mustSee("Modèles — référent")
}

func pendingOf(t *testing.T, st *store.Store) []store.Conflict {
	t.Helper()
	cs, err := st.Conflicts()
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// TestConflictsMergeLeft: esc leaves the merge, at once when nothing was
// typed, after « Quitter sans enregistrer ? » otherwise; the conflict
// stays pending and nothing is written.
func TestConflictsMergeLeft(t *testing.T) {
	h, st := conflictHarness(t, 80, 24, folderText(reworded))
	before := versionsOf(t, st, "PROMPT-002")
	h.keys("r", "m", "enter", "e", "esc").mustSee("PROMPT-002 : fusion abandonnée, le conflit reste à régler.", "PROMPT-002")
	h.keys("enter", "e").typeText("x").keys("esc").mustSee("Quitter sans enregistrer ?")
	h.keys("o").mustSee("fusion abandonnée")
	if vs := versionsOf(t, st, "PROMPT-002"); len(vs) != len(before) || len(pendingOf(t, st)) != 1 {
		t.Fatalf("leaving wrote: %d versions, %d pending", len(vs), len(pendingOf(t, st)))
	}
}

// TestConflictsMergeRefusedValidation: a merge saying « validé » whose
// fixed wording names a person goes through the editor's guard: saved as
// a draft, the refusal said with its words, nothing lost; the conflict is
// settled.
func TestConflictsMergeRefusedValidation(t *testing.T) {
	h, st := conflictHarness(t, 120, 40, folderText(reworded))
	h.keys("r", "m", "enter", "e")
	h.send(externalMsg{text: settleText(h.editor().text, "Statut : validé",
		"« Rédige un message pour Mme Zéphyrine Durand au sujet de [sujet] et [destinataire]. »")})
	h.ctrl(tea.KeyCtrlS).keys("enter").mustSee("PROMPT-002 n’est pas validé", "Zéphyrine",
		"Enregistré comme brouillon (version 3)", "Aucun conflit à régler.")
	if last := lastVersionOf(t, st, "PROMPT-002"); last.Template.Status != library.StatusDraft {
		t.Fatalf("last version %+v", last)
	}
	acts := journalActions(t, st)
	if !slices.Contains(acts, "PROMPT-002:validation-refused") || acts[len(acts)-1] != "PROMPT-002:conflict-merged" {
		t.Fatalf("journal %v", acts)
	}
}

// TestConflictsMergeChangedMeanwhile: this laptop's text changed while the
// merge was open (the command line): nothing is saved and the référent is
// told; ctrl+s again saves the merge over it, the other version kept.
func TestConflictsMergeChangedMeanwhile(t *testing.T) {
	h, st := conflictHarness(t, 120, 40, folderText(reworded))
	h.keys("r", "m", "enter", "e")
	h.send(externalMsg{text: settleText(h.editor().text, "Statut : validé", mergedPrompt)})
	if _, err := st.SetStatus("PROMPT-002", library.StatusDraft, store.Change{Role: store.RoleReferent}, nil); err != nil {
		t.Fatal(err)
	}
	h.ctrl(tea.KeyCtrlS).keys("enter").mustSee("a changé ailleurs", "ctrl+s de nouveau")
	if len(pendingOf(t, st)) != 1 {
		t.Fatal("settled over a change made elsewhere")
	}
	h.ctrl(tea.KeyCtrlS).keys("enter").mustSee("la fusion est enregistrée comme version 4")
	if vs := versionsOf(t, st, "PROMPT-002"); vs[2].Template.Status != library.StatusDraft || len(pendingOf(t, st)) != 0 {
		t.Fatalf("versions %+v", vs)
	}
}

// TestScreenEditorMerge: the editor opened on a conflict, its blocks and
// the hint beside (or below) the text, at 80×24 and 120×40.
func TestScreenEditorMerge(t *testing.T) {
	eachReferentSize(t, func(t *testing.T, w, hh int) {
		h, _ := conflictHarness(t, w, hh, folderText(reworded))
		h.keys("r", "m", "enter", "e").mustSee("Fusionner PROMPT-002", "bloc 1 sur 2")
		golden.RequireEqual(t, []byte(h.view()))
	})
}

// TestConflictsMergeEnglish: the merge reads in English with LANG=en.
func TestConflictsMergeEnglish(t *testing.T) {
	i18n.SetEnglish(true)
	defer i18n.SetEnglish(false)
	h, _ := conflictHarness(t, 120, 40, folderText(reworded))
	h.keys("r", "m", "enter").mustSee("e merge")
	h.keys("e").mustSee("Merge PROMPT-002 — this laptop and the folder — référent", "block 1 of 2 · this laptop",
		"block 1 of 2 · shared folder", "Each block shows", "merge mark")
	h.keys("esc").mustSee("PROMPT-002: merge left, the conflict stays to settle.")
}

// TestMergeEditorIsLocked: the merge is the référent's; the inactivity
// lock hides it as it hides the editor, unlike a volunteer's proposal.
func TestMergeEditorIsLocked(t *testing.T) {
	if !(editorModel{mode: modeMerge}).referentOnly() || (editorModel{mode: modePropose}).referentOnly() {
		t.Fatal("the merge editor is not behind the référent's lock")
	}
}
