package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library/linediff"
	"tamis/library/lint"
)

// reworded3 is text with every third line changed: many blocks, the worst
// a référent meets in a real conflict.
func reworded3(text string) string {
	lines := linediff.SplitLines(text)
	for i := range lines {
		if i%3 == 1 {
			lines[i] += " (modifié dans le dossier)"
		}
	}
	return strings.Join(lines, "\n") + "\n"
}

// BenchmarkMergeText: the merge text of the longest shipped template and
// a copy with every third line changed, what e computes once.
func BenchmarkMergeText(b *testing.B) {
	_, text := benchEditor(b)
	folder := reworded3(text)
	for b.Loop() {
		_ = mergeText(text, folder)
	}
}

// BenchmarkMergeKeystroke: one letter typed in the editor opened on that
// merge, and the frame after it (its hint looks for marks at each frame):
// to compare with BenchmarkEditorKeystroke.
func BenchmarkMergeKeystroke(b *testing.B) {
	m, text := benchEditor(b)
	merged := mergeText(text, reworded3(text))
	m.mode, m.merge = modeMerge, &mergeFrom{}
	s, _ := m.update(editorReadyMsg{id: m.id, text: merged, opts: m.opts, report: withMarks(lint.File(m.id, []byte(merged), m.opts), merged)})
	keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune{'a'}}, {Type: tea.KeyBackspace}}
	i := 0
	for b.Loop() {
		s, _ = s.update(keys[i%2])
		_ = s.view()
		i++
	}
}
