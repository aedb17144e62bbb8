package tui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"tamis/i18n"
)

// textModel shows a text full screen, without decoration inside it, so the
// volunteer can select it with the mouse when no clipboard works.
type textModel struct {
	c    *Common
	vp   viewport.Model
	text string
	why  string
}

func (m textModel) setSize() textModel {
	if m.c == nil {
		return m
	}
	m.vp.Width, m.vp.Height = m.c.Width, m.c.Height-4
	m.vp.SetContent(wrapText(m.text, m.c.Width))
	return m
}

func (m textModel) update(msg tea.Msg) (textModel, tea.Cmd) {
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

func (m textModel) view() string {
	s := m.c.Styles
	head := i18n.T("Sélectionnez le texte à la souris pour le copier.", "Select the text with the mouse to copy it.")
	if m.why != "" {
		head = s.Error.Render(m.why) + "\n" + head
	}
	k := bindings{short: []key.Binding{m.c.Keys.Up, m.c.Keys.Down, m.c.Keys.Back, m.c.Keys.ForceQuit}}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, head, m.vp.View()), m.c.helpBar(k))
}

// showText opens the text view; esc comes back to the current screen.
func (m Model) showText(text, why string) (tea.Model, tea.Cmd) {
	m.text = textModel{c: m.c, vp: viewport.New(0, 0), text: text, why: why}.setSize()
	m.back, m.state = m.state, stateText
	return m, nil
}
