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
	c      *Common
	vp     viewport.Model
	text   string
	why    string
	copied bool // already in the clipboard: shown to read it again
}

func newText(c *Common, msg textMsg) textModel {
	return textModel{c: c, vp: viewport.New(0, 0), text: msg.text, why: msg.why, copied: msg.copied}.setSize().(textModel)
}

func (m textModel) setSize() screen {
	head := 1 // the line saying to select the text, and why it is shown
	if m.why != "" {
		head++
	}
	m.vp.Width, m.vp.Height = m.c.Width, max(m.c.Height-m.c.ruleHeight()-head-1, 1)
	m.vp.SetContent(wrapText(m.text, m.c.Width))
	return m
}

func (m textModel) update(msg tea.Msg) (screen, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok {
		switch {
		case key.Matches(k, m.keyMap().Back):
			m.c.goTo(backMsg{})
			return m, nil
		case key.Matches(k, m.keyMap().Help):
			m.c.goTo(helpMsg{})
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.vp, cmd = m.vp.Update(msg)
	return m, cmd
}

// textKeys are the keys of the text view: scroll, and leave.
type textKeys struct{ Up, Down, Back, Help, ForceQuit key.Binding }

func (m textModel) keyMap() textKeys {
	k := m.c.Keys
	return textKeys{Up: k.Up, Down: k.Down, Back: keyAlso(k.Back, k.Quit), Help: k.Help, ForceQuit: k.ForceQuit}
}

// ShortHelp is the footer of the text view.
func (m textModel) ShortHelp() []key.Binding {
	k := m.keyMap()
	return []key.Binding{k.Up, k.Down, k.Back, k.Help, k.ForceQuit}
}

// FullHelp is the ? help of the text view.
func (m textModel) FullHelp() [][]key.Binding { return [][]key.Binding{m.ShortHelp()} }

func (m textModel) view() string {
	s := m.c.Styles
	head := i18n.T("Sélectionnez le texte à la souris pour le copier.", "Select the text with the mouse to copy it.")
	if m.copied {
		head = i18n.T("Ce texte est déjà copié dans le presse-papiers : le voici pour le relire.",
			"This text is already in the clipboard: here it is, to read it again.")
	}
	if m.why != "" {
		head = s.Error.Render(m.why) + "\n" + head
	}
	return m.c.frame(lipgloss.JoinVertical(lipgloss.Left, head, m.vp.View()), m.c.helpBar(m))
}
