package tui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"tamis/library"
	"tamis/library/classify"
)

type fieldKind int

const (
	kindLine fieldKind = iota
	kindArea
	kindChoice
)

// field is one variable of the form with its own live check. Only the field
// that changed is classified again, which keeps a keystroke well under 5 ms.
type field struct {
	v       library.Variable
	kind    fieldKind
	input   textinput.Model
	area    textarea.Model
	choice  int
	result  classify.Result
	checked string // the value result belongs to
	done    bool   // whether checked holds a checked value
	// assoc is what an « e-mail de l'association » field accepts (from the
	// profile); misfit says why the value does not fit the variable's kind,
	// in which case it was not classified (see field_kind.go).
	assoc  library.Association
	misfit string
	// wider says why the last check of the whole prompt blocked this value
	// though its own check did not (a word around it, another field); it
	// goes when any value of the form changes.
	wider      string
	widerLevel level
}

func newField(v library.Variable, value string, width int) field {
	f := field{v: v}
	switch {
	case len(v.Choices) > 0:
		f.kind = kindChoice
		f.choice = choiceIndex(v.Choices, value)
	case v.Multiline:
		f.kind = kindArea
		f.area = textarea.New()
		f.area.Placeholder = v.Help
		f.area.ShowLineNumbers = false
		f.area.SetHeight(3)
		f.area.CharLimit = library.MaxTemplateSize
		f.area.SetValue(value)
		f.area.Cursor.SetMode(cursor.CursorStatic)
	default:
		f.input = textinput.New()
		f.input.Placeholder = v.Help
		f.input.Prompt = ""
		f.input.CharLimit = library.MaxTemplateSize
		f.input.SetValue(value)
		f.input.Cursor.SetMode(cursor.CursorStatic)
	}
	f.setWidth(width)
	return f
}

// choiceIndex selects the pre-filled value among the choices, or the first.
func choiceIndex(choices []string, value string) int {
	n := library.Normalize(value)
	for i, c := range choices {
		if library.Normalize(c) == n {
			return i
		}
	}
	return 0
}

func (f *field) setWidth(w int) {
	if w < 10 {
		w = 10
	}
	switch f.kind {
	case kindArea:
		f.area.SetWidth(w)
	case kindLine:
		f.input.Width = w - 1
	}
}

func (f field) value() string {
	switch f.kind {
	case kindChoice:
		return f.v.Choices[f.choice]
	case kindArea:
		return f.area.Value()
	}
	return f.input.Value()
}

func (f *field) focus() tea.Cmd {
	switch f.kind {
	case kindArea:
		return f.area.Focus()
	case kindLine:
		return f.input.Focus()
	}
	return nil
}

func (f *field) blur() {
	f.input.Blur()
	f.area.Blur()
}

// typing reports whether printable keys go into this field, in which case
// letter shortcuts such as ? must not fire.
func (f field) typing() bool { return f.kind != kindChoice }

// update passes a message to the input and re-checks the value if it changed.
func (f field) update(msg tea.Msg, keys KeyMap, c Checker) (field, tea.Cmd) {
	var cmd tea.Cmd
	switch f.kind {
	case kindChoice:
		if k, ok := msg.(tea.KeyMsg); ok {
			f.choice = f.cycle(k, keys)
		}
	case kindArea:
		f.area, cmd = f.area.Update(msg)
	default:
		f.input, cmd = f.input.Update(msg)
	}
	f.check(c)
	return f, cmd
}

// cycle moves through the choices with the arrow keys (or space).
func (f field) cycle(k tea.KeyMsg, keys KeyMap) int {
	n := len(f.v.Choices)
	switch {
	case key.Matches(k, keys.ChoicePrev):
		return (f.choice + n - 1) % n
	case key.Matches(k, keys.ChoiceNext):
		return (f.choice + 1) % n
	}
	return f.choice
}

// check classifies the value when it changed since the last check.
func (f *field) check(c Checker) {
	v := f.value()
	if f.done && v == f.checked {
		return
	}
	f.checked, f.done = v, true
	f.misfit = f.kindMisfit(v)
	if strings.TrimSpace(v) == "" || f.misfit != "" {
		f.result = classify.Result{}
		return
	}
	f.result = c.Classify(v)
}

func (f field) level() level {
	if strings.TrimSpace(f.value()) == "" {
		return levelEmpty
	}
	return levelOf(f.result)
}
