package tui

import (
	"errors"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
	"tamis/library"
)

// fillModel is the form of one template: a field per variable, each with its
// live badge, and the filled prompt below.
type fillModel struct {
	c       *Common
	t       library.Template
	fields  []field
	focus   int
	preview fillPreview // rebuilt by refresh when a value or the width changes
}

// newFill opens the form with saved values (a draft of the session), or
// with the profile and the defaults when saved is nil. Focus goes to the
// first empty field: typing must not append to a pre-filled value.
func newFill(c *Common, t library.Template, saved map[string]string) (fillModel, tea.Cmd) {
	m := fillModel{c: c, t: t, fields: make([]field, len(t.Variables))}
	start := saved
	if start == nil {
		start = t.Prefill(c.Deps.Profile)
	}
	assoc := library.AssociationOf(c.Deps.Profile)
	for i, v := range t.Variables {
		m.fields[i] = newField(v, start[v.Name], m.inputWidth())
		m.fields[i].assoc = assoc
		m.fields[i].check(c.Deps.Checker)
	}
	m = m.refresh()
	if len(m.fields) == 0 {
		return m, nil
	}
	m.focus = m.firstEmpty()
	return m, m.fields[m.focus].focus()
}

// firstEmpty is the first field with nothing in it, or the first field.
func (m fillModel) firstEmpty() int {
	for i, f := range m.fields {
		if f.kind != kindChoice && strings.TrimSpace(f.value()) == "" {
			return i
		}
	}
	return 0
}

func (m fillModel) inputWidth() int { return m.c.Width - 4 }

func (m fillModel) setSize() screen {
	for i := range m.fields {
		m.fields[i].setWidth(m.inputWidth())
	}
	return m.refresh()
}

// previewWidth is the width the preview is wrapped to.
func (m fillModel) previewWidth() int { return m.c.Width - 2 }

// refresh rebuilds the preview if a value or the width changed since it
// was built; otherwise (cursor blinks, focus moves) it costs a comparison
// per field.
func (m fillModel) refresh() fillModel {
	if m.c != nil && m.preview.stale(m.fields, m.previewWidth()) {
		m.preview = buildPreview(m.c.Styles, m.t, m.fields, m.previewWidth())
	}
	return m
}

// values returns what the volunteer typed, by variable name. It lives in
// memory only.
func (m fillModel) values() map[string]string {
	vals := make(map[string]string, len(m.fields))
	for _, f := range m.fields {
		vals[f.v.Name] = f.value()
	}
	return vals
}

// filled fills the template; a MissingError lists the empty variables.
func (m fillModel) filled() (library.Filled, error) { return m.t.Fill(m.values()) }

// typing reports whether the focused field takes printable keys.
func (m fillModel) typing() bool {
	return len(m.fields) > 0 && m.fields[m.focus].typing()
}

func (m fillModel) update(msg tea.Msg) (screen, tea.Cmd) {
	k, isKey := msg.(tea.KeyMsg)
	if !isKey {
		return m.updateField(msg)
	}
	keys := m.keyMap()
	switch {
	case key.Matches(k, keys.Back):
		m.c.goTo(browseMsg{})
	case key.Matches(k, keys.Check, keys.CheckEnter):
		m.c.goTo(checkMsg{})
	case key.Matches(k, keys.ClearValues):
		m.c.goTo(clearValuesMsg{})
	case key.Matches(k, keys.Help):
		m.c.goTo(helpMsg{})
	case key.Matches(k, keys.Next, keys.NextLine):
		return m.moveFocus(1)
	case key.Matches(k, keys.Prev):
		return m.moveFocus(-1)
	default:
		return m.updateField(msg)
	}
	return m, nil
}

// updateField passes a message to the focused field.
func (m fillModel) updateField(msg tea.Msg) (fillModel, tea.Cmd) {
	if len(m.fields) == 0 {
		return m, nil
	}
	var cmd tea.Cmd
	before := m.fields[m.focus].value()
	m.fields[m.focus], cmd = m.fields[m.focus].update(msg, m.c.Keys, m.c.Deps.Checker)
	if m.fields[m.focus].value() != before {
		m = m.noteWider(nil) // a combination or a context may be gone
	}
	return m.refresh(), cmd
}

func (m fillModel) moveFocus(delta int) (fillModel, tea.Cmd) {
	n := len(m.fields)
	return m.focusOn((m.focus + delta + n) % n)
}

func (m fillModel) focusOn(i int) (fillModel, tea.Cmd) {
	if i < 0 || i >= len(m.fields) {
		return m, nil
	}
	m.fields[m.focus].blur()
	m.focus = i
	return m, m.fields[i].focus()
}

// focusName moves to the field of a variable, e.g. from a finding.
func (m fillModel) focusName(name string) (fillModel, tea.Cmd) {
	for i, f := range m.fields {
		if f.v.Name == name {
			return m.focusOn(i)
		}
	}
	return m, nil
}

// missing returns the names of the empty fields, from a Fill error.
func missing(err error) []string {
	var me *library.MissingError
	if errors.As(err, &me) {
		return me.Names
	}
	return nil
}

// fillKeys are the keys of the form.
type fillKeys struct {
	Next, Prev, NextLine, Choice, Check, CheckEnter, Back, ClearValues, Help, HelpAnywhere, ForceQuit key.Binding
}

// keyMap enables the keys that apply: ? only when the focused field does
// not take letters (f1 otherwise); enter moves on from a one-line field,
// and on the last one checks and copies (as ctrl+y, which surprises users
// of other forms); the arrows change a choice only on a field with choices.
func (m fillModel) keyMap() fillKeys {
	k := m.c.Keys
	some := len(m.fields) > 0
	var kind fieldKind
	if some {
		kind = m.fields[m.focus].kind
	}
	last := some && m.focus == len(m.fields)-1 && kind != kindArea
	return fillKeys{
		Next:         enable(withHelp(k.Next, i18n.T("champ suivant", "next field")), some),
		Prev:         enable(withHelp(k.Prev, i18n.T("champ précédent", "previous field")), some),
		NextLine:     enable(withHelp(k.Open, i18n.T("champ suivant", "next field")), some && kind != kindArea && !last),
		CheckEnter:   enable(withHelp(k.Open, i18n.T("vérifier et copier", "check and copy")), last || !some),
		Choice:       enable(relabel(k.ChoicePrev, "←/→", i18n.T("changer de choix", "change choice")), some && kind == kindChoice),
		Check:        k.Check,
		Back:         withHelp(k.Back, i18n.T("retour à la liste", "back to the list")),
		ClearValues:  withHelp(k.ClearValues, i18n.T("effacer le formulaire", "clear the form")),
		Help:         enable(k.Help, !m.typing()),
		HelpAnywhere: enable(k.HelpAnywhere, m.typing()),
		ForceQuit:    k.ForceQuit,
	}
}

// ShortHelp is the footer: check and copy first.
func (m fillModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	check := k.Check
	if k.CheckEnter.Enabled() { // one entry for the two keys
		check = relabel(k.Check, k.CheckEnter.Help().Key+"/"+k.Check.Help().Key, check.Help().Desc)
	}
	return []key.Binding{check, k.Next, k.Prev, k.Back, k.Help, k.HelpAnywhere, k.ClearValues, k.ForceQuit}
}

// FullHelp is the ? help of the form.
func (m fillModel) FullHelp() [][]key.Binding {
	k := m.keyMap()
	return [][]key.Binding{{k.CheckEnter, k.Check, k.Back, k.ClearValues}, {k.Next, k.NextLine, k.Prev, k.Choice}, {k.Help, k.HelpAnywhere, k.ForceQuit}}
}

func (m fillModel) view() string {
	s := m.c.Styles
	title := s.Title.Render(truncate(m.t.ID+" · "+m.t.Title, m.c.Width))
	footer := m.c.helpBar(m)
	avail := m.c.Height - m.c.ruleHeight() - 1 - lipgloss.Height(footer) // golden rule, title
	if m.c.notice != "" {
		avail--
	}
	prevH := clamp(avail/3, 3, 12)
	fieldsH := avail - prevH
	if len(m.fields) == 0 {
		fieldsH = 1
		prevH = avail - 1
	}
	body := lipgloss.JoinVertical(lipgloss.Left, title, m.fieldsView(fieldsH), m.previewView(prevH))
	return m.c.frame(body, footer)
}
