package tui

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/i18n"
	"tamis/library"
	"tamis/library/linediff"
	"tamis/library/lint"
	"tamis/store"
)

// The third way out of an import conflict (e on the conflicts screen):
// the editor opens on this laptop's text where each difference with the
// folder's is a block that shows both sides' lines between marks:
//
//	──── bloc 1 sur 2 · cet ordinateur ────
//	…the lines here…
//	──── bloc 1 sur 2 · dossier partagé ────
//	…the folder's lines…
//	──── fin du bloc 1 ────
//
// The référent keeps the lines wanted (or rewrites them) and deletes the
// others and the marks; the lint names each mark left, and ctrl+s refuses
// while one is. Both texts stay readable where they differ, with nothing
// to retype, in the editor the référent already knows. The save settles
// the conflict (store.SettleMerged) and goes back to the conflicts list;
// esc leaves it pending.

// mergeMark begins and ends every mark line; a line that still begins
// with markPrefix is a mark, even half deleted.
const (
	mergeMark  = "────"
	markPrefix = "───"
)

// MergeStore is what the editor needs to settle a conflict with a merge.
type MergeStore interface {
	EditorStore
	SettleMerged(m store.Merged, ch store.Change, guard store.Guard) (int, error)
}

// mergeFrom is what an editor opened on a conflict keeps: the folder's
// text it merges, and the conflicts screen to go back to.
type mergeFrom struct {
	folder library.Template
	back   conflictsModel
}

// openMerge opens the editor on the conflict under the cursor.
func (m conflictsModel) openMerge() (screen, tea.Cmd) {
	if m.cursor >= len(m.cs) {
		return m, nil
	}
	e, cmd := newMergeEditor(m.c, m.cs[m.cursor], m)
	m.c.goTo(openMethodMsg{e, cmd})
	return m, nil
}

// newMergeEditor is the editor on the merge text of conflict c.
func newMergeEditor(c *Common, conflict store.Conflict, back conflictsModel) (methodScreen, tea.Cmd) {
	back.mode, back.note, back.err = conflictList, "", ""
	m := editorModel{c: c, keys: defaultEditorKeys(modeMerge), mode: modeMerge, id: conflict.ID,
		merge: &mergeFrom{folder: conflict.Folder(), back: back}}
	st, _ := c.Deps.Editor.(MergeStore)
	if st == nil {
		m.err = unavailable()
		return m, nil
	}
	return m, openMergeCmd(st, conflict.ID, conflict.Folder())
}

// openMergeCmd reads this laptop's text as the editor does, then puts the
// merge text with the folder's in its place.
func openMergeCmd(st EditorStore, id string, folder library.Template) tea.Cmd {
	open := openEditorCmd(st, modeEdit, id)
	return func() tea.Msg {
		msg, _ := open().(editorReadyMsg)
		if msg.err != nil {
			return msg
		}
		msg.text = mergeText(msg.text, string(library.Format(folder)))
		msg.report = withMarks(lint.File(id, []byte(msg.text), msg.opts), msg.text)
		return msg
	}
}

// mergeText is local with each difference from folder as a marked block.
func mergeText(local, folder string) string {
	ops := linediff.Lines(linediff.SplitLines(local), linediff.SplitLines(folder))
	total := 0
	for i, op := range ops {
		if op.Kind != ' ' && (i == 0 || ops[i-1].Kind == ' ') {
			total++
		}
	}
	var b strings.Builder
	for i, n := 0, 0; i < len(ops); {
		if ops[i].Kind == ' ' {
			b.WriteString(ops[i].Line + "\n")
			i++
			continue
		}
		var here, there []string
		for ; i < len(ops) && ops[i].Kind != ' '; i++ {
			if ops[i].Kind == '-' {
				here = append(here, ops[i].Line)
			} else {
				there = append(there, ops[i].Line)
			}
		}
		n++
		writeBlock(&b, n, total, here, there)
	}
	return b.String()
}

// writeBlock writes one block: this laptop's lines, then the folder's,
// each side under its mark, saying so when it has none.
func writeBlock(b *strings.Builder, n, total int, here, there []string) {
	side := func(name string, lines []string) {
		if len(lines) == 0 {
			name += i18n.T(" : aucune ligne", ": no line")
		}
		fmt.Fprintf(b, i18n.T("%s bloc %d sur %d · %s %s\n", "%s block %d of %d · %s %s\n"), mergeMark, n, total, name, mergeMark)
		for _, l := range lines {
			b.WriteString(l + "\n")
		}
	}
	side(i18n.T("cet ordinateur", "this laptop"), here)
	side(i18n.T("dossier partagé", "shared folder"), there)
	fmt.Fprintf(b, i18n.T("%s fin du bloc %d %s\n", "%s end of block %d %s\n"), mergeMark, n, mergeMark)
}

// markLines are the 1-based numbers of the lines of text that are marks.
func markLines(text string) []int {
	var out []int
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(l), markPrefix) {
			out = append(out, i+1)
		}
	}
	return out
}

// withMarks puts one error that names the marks left in text before the
// lint's findings, so the pane says it first and counts it as an error:
// one line, however many blocks, to leave room for the lint.
func withMarks(r lint.Report, text string) lint.Report {
	lines := markLines(text)
	if len(lines) == 0 {
		return r
	}
	f := lint.Finding{Line: lines[0], Severity: lint.Error, Rule: "merge-mark",
		Msg: fmt.Sprintf(i18n.T("%d repère(s) de fusion à effacer une fois leur bloc réglé (lignes %s)",
			"%d merge mark(s) to delete once their block is settled (lines %s)"), len(lines), lineList(lines))}
	r.Findings = append([]lint.Finding{f}, r.Findings...)
	return r
}

// lineList is « 3, 5, 7 », the first maxListed numbers then « … ».
func lineList(lines []int) string {
	const maxListed = 9
	var parts []string
	for i, n := range lines {
		if i == maxListed {
			parts = append(parts, "…")
			break
		}
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, ", ")
}

// mergeReport is the lint's report as the editor shows it: with the marks
// left when it merges a conflict.
func (m editorModel) mergeReport(r lint.Report) lint.Report {
	if m.merge == nil {
		return r
	}
	return withMarks(r, m.text)
}

// marksLeft refuses a save of a merge whose text still holds marks.
func (m editorModel) marksLeft() error {
	if m.merge == nil {
		return nil
	}
	lines := markLines(m.text)
	if len(lines) == 0 {
		return nil
	}
	return fmt.Errorf(i18n.T("Il reste %d repère(s) de fusion, ligne %d d’abord : rien n’a été enregistré.",
		"%d merge mark(s) left, line %d first: nothing was saved."), len(lines), lines[0])
}

// mergeHint is what the pane says above the lint while marks are left.
func (m editorModel) mergeHint() string {
	if m.merge == nil || len(markLines(m.text)) == 0 {
		return ""
	}
	return i18n.T("Chaque bloc montre les lignes de cet ordinateur, puis celles du dossier. Gardez celles que vous voulez (ou réécrivez-les), effacez les autres et les repères, puis ctrl+s. Échap laisse le conflit à régler.",
		"Each block shows this laptop's lines, then the folder's. Keep the ones you want (or rewrite them), delete the others and the marks, then ctrl+s. Esc leaves the conflict to settle.")
}

// settleMerged saves the merged text, after a backup, and settles the
// conflict with it.
func settleMerged(st EditorStore, r saveRequest) (int, error) {
	ms, ok := st.(MergeStore)
	if !ok {
		return 0, fmt.Errorf("%s", unavailable())
	}
	if _, err := st.AutoBackup(); err != nil {
		return 0, err
	}
	ch := store.Change{Role: store.RoleReferent, Reason: r.reason, Action: store.ActionConflictMerged}
	return ms.SettleMerged(store.Merged{Template: r.t, Local: r.base, Folder: r.folder}, ch, r.guard)
}

// mergeReason is the reason kept with a merge when the référent gives none.
func mergeReason() string {
	// Not « conflit réglé : fusion »: the reason check would read an
	// internal conflict and a merger there (category 4), as in any reason.
	return i18n.T("textes des deux postes réunis", "both laptops' texts combined")
}

// leaveMerge goes back to the conflicts list, read again, with note.
func (m editorModel) leaveMerge(note, fail string) (screen, tea.Cmd) {
	back := m.merge.back
	back.note, back.err = note, fail
	m.c.goTo(openMethodMsg{back, conflictsCmd(back.st)})
	return m, nil
}

// mergeSaved goes back to the conflicts list once the merge is saved.
func (m editorModel) mergeSaved(msg editorSavedMsg) (screen, tea.Cmd) {
	if msg.refused != nil {
		return m.leaveMerge("", savedText(msg, m.mode))
	}
	return m.leaveMerge(fmt.Sprintf(i18n.T("%s : la fusion est enregistrée comme version %d (%s) ; le texte du dossier reste dans la base, mis de côté.",
		"%s: the merge is saved as version %d (%s); the folder's text stays in the database, set aside."), msg.id, msg.n, msg.status.Label()), "")
}

// mergeLeft is what the conflicts list says when the merge is left.
func mergeLeft(id string) string {
	return fmt.Sprintf(i18n.T("%s : fusion abandonnée, le conflit reste à régler.", "%s: merge left, the conflict stays to settle."), id)
}
