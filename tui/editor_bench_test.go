package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
	"tamis/library/classify"
	"tamis/library/lint"
	"tamis/library/validation"
	"tamis/prompts"
)

// benchEditor is the editor ready on the longest shipped template, with
// the real classifier, at 80×24 (the lint below the text).
func benchEditor(b *testing.B) (editorModel, string) {
	b.Helper()
	ts, err := library.Parse("PROMPT-001.md", mustRead(b, "PROMPT-001.md"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(library.Format(ts[0]))
	c := newCommon(newTestEnv().deps)
	c.Width, c.Height = 80, 24
	_, opts := validation.New(classify.Rules{}, nil)
	m := editorModel{c: c, keys: defaultEditorKeys(modeEdit), mode: modeEdit, id: ts[0].ID}
	s, _ := m.update(editorReadyMsg{id: ts[0].ID, text: text, opts: opts, report: lint.File(ts[0].ID, []byte(text), opts)})
	return s.(editorModel), text
}

func mustRead(b *testing.B, name string) []byte {
	data, err := prompts.FS.ReadFile(name)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// BenchmarkEditorKeystroke: one letter typed in the editor, and the frame
// drawn after it, the lint only armed (debounced): what a référent feels
// at each key.
func BenchmarkEditorKeystroke(b *testing.B) {
	m, _ := benchEditor(b)
	// A letter then its deletion, in turn: the text stays the same size.
	keys := []tea.KeyMsg{{Type: tea.KeyRunes, Runes: []rune{'a'}}, {Type: tea.KeyBackspace}}
	var s screen = m
	i := 0
	for b.Loop() {
		s, _ = s.update(keys[i%2])
		_ = s.view()
		i++
	}
}

// BenchmarkEditorLint: the lint of that template, classifier included:
// what each key would cost without the debounce.
func BenchmarkEditorLint(b *testing.B) {
	m, text := benchEditor(b)
	for b.Loop() {
		_ = lint.File(m.id, []byte(text), m.opts)
	}
}

// BenchmarkEditorLintLarge: the lint of a template near the size limit
// (about 48 KiB of context), where linting at every key would be felt.
func BenchmarkEditorLintLarge(b *testing.B) {
	m, _ := benchEditor(b)
	ts, _ := library.Parse("PROMPT-001.md", mustRead(b, "PROMPT-001.md"))
	t := ts[0]
	t.Context = strings.Repeat("Notre association accueille chaque semaine des habitants du quartier pour des ateliers ouverts à tous. ", 480)
	text := library.Format(t)
	for b.Loop() {
		_ = lint.File(m.id, text, m.opts)
	}
}
